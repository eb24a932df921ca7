-- integrity: the duplicate-benefit rule set (중복 수급 규칙), versioned; older versions kept.
create table int_duplicate_rule_version (
    version      int primary key check (version >= 1),
    published_at timestamptz not null default now(),
    published_by varchar(100) not null,
    reason       varchar(500) not null
);

create table int_duplicate_rule (
    version           int not null references int_duplicate_rule_version (version),
    number            int not null check (number >= 1),
    program_a         varchar(60) not null,
    program_a_name_ko varchar(200),
    program_b         varchar(60) not null,
    program_b_name_ko varchar(200),
    effect            varchar(20) not null check (effect in ('BLOCK', 'OFFSET_AMOUNT', 'OFFSET_SHARE', 'WARN')),
    amount_won        bigint check (amount_won > 0),
    percent           int check (percent between 1 and 100),
    household         boolean not null,
    reference         varchar(500) not null,
    source            varchar(500),
    assumption        varchar(1000),
    primary key (version, number),
    check ((effect = 'OFFSET_AMOUNT') = (amount_won is not null)),
    check ((effect = 'OFFSET_SHARE') = (percent is not null)),
    check ((source is null) <> (assumption is null))
);
create index int_duplicate_rule_a on int_duplicate_rule (version, program_a);
create index int_duplicate_rule_b on int_duplicate_rule (version, program_b);
