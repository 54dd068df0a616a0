package io.sdc.portal.notification;

import io.quarkus.qute.TemplateData;

import java.util.List;

/**
 * One active subscription as the page shows it.
 *
 * @param recipientText who it reaches, in words ("You", "Everyone acting as Commissioner", "user:j.smith")
 * @param destination   the email address or webhook URL, empty for the inbox
 * @param eventTypes    the kinds of event it names, in words; empty for every kind
 * @param contractName  the contract it is limited to, empty for every contract
 */
@TemplateData
public record SubscriptionView(String id, String recipient, String recipientText, String channel, String channelText,
                               String destination, List<String> eventTypes, String contractId, String contractName) {
}
