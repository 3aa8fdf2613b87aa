/**
 * The security policy's facts about each user's secrets, computed when a secret is set, so that turning a
 * rule on can list who no longer complies without decrypting every secret. NULL means "not known": the
 * secret was set before this version (it is checked once, when the key is at hand) or there is no secret.
 */
export const version = 3;

export const sql = /* sql */ `
ALTER TABLE users ADD COLUMN password_complies INTEGER CHECK (password_complies IN (0, 1));
-- The rule the password breaks (a PasswordRule of shared/rules/secret-policy.ts); NULL when it complies.
ALTER TABLE users ADD COLUMN password_failed_rule TEXT CHECK (length(password_failed_rule) <= 40);
ALTER TABLE users ADD COLUMN pin_complies INTEGER CHECK (pin_complies IN (0, 1));
ALTER TABLE users ADD COLUMN pin_failed_rule TEXT CHECK (length(pin_failed_rule) <= 40);

-- "Who does not comply" reads only these few rows.
CREATE INDEX users_password_noncompliant ON users (id) WHERE password_complies = 0;
CREATE INDEX users_pin_noncompliant ON users (id) WHERE pin_complies = 0;
`;
