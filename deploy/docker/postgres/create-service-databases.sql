-- Each service owns its database; the services' Flyway migrations create the tables.
CREATE DATABASE contract;
CREATE DATABASE performance;
CREATE DATABASE finance;
CREATE DATABASE notification;
CREATE DATABASE report;
