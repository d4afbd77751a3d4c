package org.pressdesk.domain;

import java.util.List;

/** The content cannot be saved as it is; nothing was written. */
public class ValidationException extends PressDeskException {
    private static final long serialVersionUID = 1L;

    private final transient List<CommuniqueContent.Problem> problems;

    public ValidationException(List<CommuniqueContent.Problem> problems) {
        super(problems.get(0).messageKey(), problems.get(0).arguments().toArray());
        this.problems = List.copyOf(problems);
    }

    public List<CommuniqueContent.Problem> problems() {
        return problems;
    }
}
