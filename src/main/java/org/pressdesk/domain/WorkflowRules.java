package org.pressdesk.domain;

import java.util.Optional;

/**
 * Who may do what, in which status. The service layer asks here before every change, so the window, the command
 * line and any later front end obey the same rules. A refusal names the rule as a message key.
 */
public final class WorkflowRules {

    private WorkflowRules() {
    }

    /**
     * The facts a decision rests on.
     *
     * @param status where the communiqué stands
     * @param role the acting user's role
     * @param isCreator whether the acting user created the communiqué (its author)
     * @param isRevisionAuthor whether the acting user wrote the revision under review
     * @param fourEyesWaived whether this office waives the four-eyes rule
     */
    public record Facts(Status status, Role role, boolean isCreator, boolean isRevisionAuthor,
            boolean fourEyesWaived) {
    }

    /** Empty when allowed; otherwise the message key of the rule that forbids it. */
    public static Optional<String> refusal(WorkflowAction action, Facts facts) {
        Optional<String> status = statusRule(action, facts.status());
        if (status.isPresent()) {
            return status;
        }
        return roleRule(action, facts);
    }

    /** Throws the refusal, with the action and the status named in the user's language, if there is one. */
    public static void check(WorkflowAction action, Facts facts) {
        Optional<RuleViolationException> refusal = explainedRefusal(action, facts);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    /** The refusal {@link #check} would throw, for a front end to show as the reason an action is unavailable. */
    public static Optional<RuleViolationException> explainedRefusal(WorkflowAction action, Facts facts) {
        return refusal(action, facts).map(key -> new RuleViolationException(key,
                new Label("workflow.action." + action.name()), new Label("status." + facts.status().name())));
    }

    /** Whether the action needs the four-eyes waiver to be allowed (the approver wrote the revision). */
    public static boolean usesWaiver(WorkflowAction action, Facts facts) {
        return action == WorkflowAction.APPROVE && facts.isRevisionAuthor() && facts.fourEyesWaived();
    }

    /** The status an action leads to. */
    public static Status target(WorkflowAction action, Status from) {
        return switch (action) {
            case SUBMIT -> Status.IN_REVIEW;
            case WITHDRAW, REQUEST_CHANGES, REOPEN -> Status.DRAFT;
            case APPROVE -> Status.APPROVED;
            case PUBLISH -> Status.PUBLISHED;
            case ARCHIVE -> Status.ARCHIVED;
            case EDIT, COMMENT -> from;
        };
    }

    private static Optional<String> statusRule(WorkflowAction action, Status status) {
        boolean allowed = switch (action) {
            case EDIT, SUBMIT -> status == Status.DRAFT;
            case WITHDRAW, REQUEST_CHANGES, APPROVE -> status == Status.IN_REVIEW;
            case PUBLISH -> status == Status.APPROVED;
            case ARCHIVE -> status == Status.PUBLISHED;
            case REOPEN -> status == Status.APPROVED || status == Status.PUBLISHED || status == Status.ARCHIVED;
            case COMMENT -> true;
        };
        return allowed ? Optional.empty() : Optional.of("workflow.rule.status");
    }

    private static Optional<String> roleRule(WorkflowAction action, Facts facts) {
        boolean manager = facts.role().atLeast(Role.MANAGER);
        return switch (action) {
            case EDIT, SUBMIT, REOPEN -> manager || facts.isCreator() ? Optional.empty()
                    : Optional.of("workflow.rule.authorOrManager");
            case WITHDRAW -> facts.isCreator() || manager ? Optional.empty()
                    : Optional.of("workflow.rule.authorOrManager");
            case REQUEST_CHANGES, PUBLISH, ARCHIVE -> manager ? Optional.empty()
                    : Optional.of("workflow.rule.managerOnly");
            case APPROVE -> approveRule(facts, manager);
            case COMMENT -> Optional.empty();
        };
    }

    private static Optional<String> approveRule(Facts facts, boolean manager) {
        if (!manager) {
            return Optional.of("workflow.rule.managerOnly");
        }
        if (facts.isRevisionAuthor() && !facts.fourEyesWaived()) {
            return Optional.of("workflow.rule.fourEyes");
        }
        return Optional.empty();
    }
}
