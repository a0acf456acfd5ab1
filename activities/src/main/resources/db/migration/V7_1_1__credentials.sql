-- Issue 9 (sessions and credentials): forced password changes, sessions ended on demand, TOTP
-- two-factor sign-in, per-tenant 2FA policy for staff, API key expiry and read-only scope.

ALTER TABLE app_user
    -- a one-time password (new user, admin reset) must be replaced at the next sign-in
    ADD COLUMN must_change_password boolean NOT NULL DEFAULT false,
    -- sessions signed in before this instant are ended at their next request (disable, reset)
    ADD COLUMN sessions_valid_after timestamptz,
    -- RFC 6238 secret (base32); set at enrolment, in force once totp_enabled
    ADD COLUMN totp_secret text CHECK (totp_secret ~ '^[A-Z2-7]{32}$'),
    ADD COLUMN totp_enabled boolean NOT NULL DEFAULT false,
    -- the last 30-second step whose code was accepted: a code is never accepted twice
    ADD COLUMN totp_last_step bigint,
    ADD CONSTRAINT totp_enabled_has_secret CHECK (NOT totp_enabled OR totp_secret IS NOT NULL);

ALTER TABLE tenant
    ADD COLUMN staff_two_factor_required boolean NOT NULL DEFAULT false;

ALTER TABLE api_key
    ADD COLUMN expires_at timestamptz,
    ADD COLUMN read_only boolean NOT NULL DEFAULT false;
