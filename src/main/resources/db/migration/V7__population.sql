-- population: one row per synthetic population loaded (module population). Written in the same
-- transaction as the population itself, so a row means the load is complete, and the start-up
-- load runs only while this table is empty.
create table pop_load (
    id                 serial primary key,
    data_version       varchar(40) not null,
    seed               bigint not null,
    persons            int not null,
    households         int not null,
    first_household_no bigint not null,
    registry_rows      bigint not null,
    simulator_rows     bigint not null,
    started_at         timestamptz not null,
    finished_at        timestamptz not null,
    persons_per_second int not null
);
