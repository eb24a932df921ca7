-- identity: organisations (official administrative codes) and users.
create table idn_organization (
    code        varchar(10) primary key,
    parent_code varchar(10) references idn_organization (code),
    level       varchar(10) not null check (level in ('MINISTRY', 'SIDO', 'SIGUNGU', 'EMD')),
    name_ko     varchar(100) not null,
    name_en     varchar(100) not null
);
create index idn_organization_parent on idn_organization (parent_code);

create table idn_user (
    username      varchar(64) primary key,
    password_hash varchar(100) not null,
    display_name  varchar(100) not null,
    org_code      varchar(10) not null references idn_organization (code),
    enabled       boolean not null default true,
    created_at    timestamptz not null default now()
);

create table idn_user_role (
    username varchar(64) not null references idn_user (username) on delete cascade,
    role     varchar(20) not null check (role in ('CASEWORKER', 'SUPERVISOR', 'PROCESS_DESIGNER', 'LOCAL_OFFICIAL', 'ADMINISTRATOR')),
    primary key (username, role)
);

-- Reference data: the organisations BokjiFlow ships with. Codes are the official ones
-- (source: 행정안전부 행정표준코드관리시스템 — 행정기관코드 for ministries, 법정동/행정동 코드 for
-- local governments). More regions are loaded by later migrations or by an administrator.
insert into idn_organization (code, parent_code, level, name_ko, name_en) values
  ('1352000', null, 'MINISTRY', '보건복지부', 'Ministry of Health and Welfare'),
  ('1371000', null, 'MINISTRY', '문화체육관광부', 'Ministry of Culture, Sports and Tourism'),
  ('11', null, 'SIDO', '서울특별시', 'Seoul'),
  ('11110', '11', 'SIGUNGU', '종로구', 'Jongno-gu'),
  ('1111051500', '11110', 'EMD', '청운효자동', 'Cheongunhyoja-dong'),
  ('1111053000', '11110', 'EMD', '사직동', 'Sajik-dong'),
  ('11680', '11', 'SIGUNGU', '강남구', 'Gangnam-gu'),
  ('1168064000', '11680', 'EMD', '역삼1동', 'Yeoksam 1-dong'),
  ('1168065000', '11680', 'EMD', '역삼2동', 'Yeoksam 2-dong'),
  ('1168058000', '11680', 'EMD', '삼성1동', 'Samseong 1-dong');
