-- Stripe Identity (issue 12 point 2): where the account's VerificationSession stands, as its webhooks
-- last said (requires_input, processing, verified, canceled), and why it needs input again.
ALTER TABLE kyc_case
    ADD COLUMN identity_status text
        CHECK (identity_status IN ('requires_input', 'processing', 'verified', 'canceled')),
    ADD COLUMN identity_reason text CHECK (length(identity_reason) <= 500);
ALTER TABLE kyc_webhook_event
    ADD COLUMN account_id uuid REFERENCES account (id);
