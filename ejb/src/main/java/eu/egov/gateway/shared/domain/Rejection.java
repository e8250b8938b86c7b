package eu.egov.gateway.shared.domain;

import java.util.List;

import jakarta.ejb.ApplicationException;

/**
 * The gateway refuses a request for a reason the caller can act on. Rolls the transaction back,
 * so nothing half-done survives a refusal.
 */
@ApplicationException(rollback = true)
public class Rejection extends RuntimeException {

    private final ProblemType type;
    private final transient Object[] arguments;
    private final List<FieldViolation> violations;

    public Rejection(ProblemType type, Object... arguments) {
        this(type, List.of(), arguments);
    }

    public Rejection(ProblemType type, List<FieldViolation> violations, Object... arguments) {
        super(type.slug(), null, false, false);
        this.type = type;
        this.arguments = arguments.clone();
        this.violations = List.copyOf(violations);
    }

    /** A request refused for one of its members: a validation failure naming that member and why. */
    public static Rejection invalid(String member, String message) {
        return new Rejection(ProblemType.VALIDATION_FAILED, List.of(new FieldViolation("/" + member, member, message)));
    }

    public static Rejection notFound() {
        return new Rejection(ProblemType.NOT_FOUND);
    }

    /** A body or file over its limit; the limit is reported in MiB, as people read sizes. */
    public static Rejection tooLarge(ProblemType type, long maxBytes) {
        return new Rejection(type, maxBytes / (1024.0 * 1024.0));
    }

    public ProblemType type() {
        return type;
    }

    /** Values for the localised detail message, in the order its placeholders number them. */
    public Object[] arguments() {
        return arguments.clone();
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
