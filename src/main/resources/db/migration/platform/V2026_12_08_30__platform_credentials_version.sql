-- Bearer tokens carry the account's credentials version; a password change or reset, a
-- change of roles and disabling the account raise it, so tokens issued before are refused.
alter table platform.app_user add column credentials_version integer not null default 0;

-- Accounts are no longer locked after wrong passwords (sign-ins are throttled by client
-- address instead): release the locks the old rule set.
update platform.app_user set locked_until = null, failed_logins = 0 where locked_until is not null;
