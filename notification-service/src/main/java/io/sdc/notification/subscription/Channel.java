package io.sdc.notification.subscription;

/** How a notification reaches its recipient. */
public enum Channel {
    EMAIL,
    WEBHOOK,
    INBOX
}
