package no.nyttiggjort.scoring.formula;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A list of factor entries names every factor exactly once. Unknown names are reported by the
 * entries' own pattern constraint, so one request gets every error in one answer.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CompleteFactorSetValidator.class)
public @interface CompleteFactorSet {

    String message() default "must name each of BEHOV, LOSNING, ILDSJEL, TEAM and FORANKRING exactly once";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
