package eu.egov.gateway.filing.domain;

public enum FeeStatus {
    DUE,
    PAID
}
