-- Webhook secrets are kept sealed (AES-256-GCM, "v1:" format) and never in the audit history.
ALTER TABLE subscription_aud DROP COLUMN webhook_secret;
COMMENT ON COLUMN subscription.webhook_secret IS 'Sealed with sdc.notifications.secret-key: v1:Base64(nonce || ciphertext)';
