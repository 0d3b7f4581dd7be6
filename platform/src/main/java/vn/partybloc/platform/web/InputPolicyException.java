package vn.partybloc.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON value of the right type that the platform's input policy refuses, with the text a client reads. */
public final class InputPolicyException extends MismatchedInputException {

    private final transient ProblemMessage reason;

    InputPolicyException(JsonParser parser, Class<?> target, ProblemMessage reason) {
        super(parser, reason.toString(), target);
        this.reason = reason;
    }

    public ProblemMessage reason() {
        return reason;
    }
}
