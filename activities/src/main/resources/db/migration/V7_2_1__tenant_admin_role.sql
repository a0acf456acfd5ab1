-- A tenant-scoped administrator: manages the accounts and users of its own tenant only.
ALTER TABLE app_user DROP CONSTRAINT app_user_roles_check;
ALTER TABLE app_user ADD CONSTRAINT app_user_roles_check CHECK (cardinality(roles) > 0 AND roles <@ ARRAY[
    'SUPER_ADMIN', 'TENANT_ADMIN', 'FINANCE', 'ANALYST', 'AUDITOR', 'CUSTOMER', 'CARRIER']::text[]);
