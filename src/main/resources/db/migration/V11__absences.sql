-- identity: a user's absence (leave, training) and the colleague who covers their tasks.
create table idn_absence (
    id         uuid primary key,
    username   varchar(64) not null references idn_user (username) on delete cascade,
    starts_on  date not null,
    ends_on    date not null,
    cover      varchar(64) references idn_user (username),
    note       varchar(200),
    created_at timestamptz not null,
    check (ends_on >= starts_on),
    check (cover is null or cover <> username)
);
create index idn_absence_user on idn_absence (username, ends_on);
create index idn_absence_cover on idn_absence (cover, ends_on);
