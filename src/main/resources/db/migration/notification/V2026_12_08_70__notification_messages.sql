create schema if not exists notification;

-- One message per recipient (a username). The key (kind, subject, recipient) makes a
-- re-delivered event add nothing. A message the recipient wants only by e-mail is kept
-- with in_app = false, so that a re-delivery sends no second mail either.
create table notification.message (
    id          uuid         primary key,
    recipient   varchar(64)  not null,
    kind        varchar(40)  not null,
    subject_id  uuid         not null,
    title       varchar(200) not null,
    body        text         not null,
    link        varchar(300) not null,
    in_app      boolean      not null,
    created_at  timestamptz  not null,
    read_at     timestamptz,
    unique (kind, subject_id, recipient)
);
create index message_inbox_idx on notification.message (recipient, created_at desc) where in_app;
create index message_unread_idx on notification.message (recipient) where in_app and read_at is null;

-- What a user chose per kind; without a row: in the inbox, not by e-mail.
create table notification.preference (
    recipient varchar(64) not null,
    kind      varchar(40) not null,
    in_app    boolean     not null,
    by_mail   boolean     not null,
    primary key (recipient, kind)
);

-- Where a user wants e-mail notifications sent.
create table notification.mail_address (
    recipient varchar(64)  primary key,
    address   varchar(200) not null
);
