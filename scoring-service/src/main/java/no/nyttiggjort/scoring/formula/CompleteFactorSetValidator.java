package no.nyttiggjort.scoring.formula;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public class CompleteFactorSetValidator implements ConstraintValidator<CompleteFactorSet, List<? extends FactorEntry>> {

    @Override
    public boolean isValid(List<? extends FactorEntry> entries, ConstraintValidatorContext context) {
        if (entries == null) {
            return true;
        }
        Map<Factor, Integer> seen = new EnumMap<>(Factor.class);
        boolean unknown = false;
        for (FactorEntry entry : entries) {
            Optional<Factor> factor = entry == null ? Optional.empty() : Factor.parse(entry.factor());
            if (factor.isEmpty()) {
                unknown = true;
            } else {
                seen.merge(factor.get(), 1, Integer::sum);
            }
        }
        List<String> problems = new ArrayList<>();
        seen.forEach((factor, count) -> {
            if (count > 1) {
                problems.add(factor + " is given " + count + " times (PADRIVER counts as ILDSJEL)");
            }
        });
        if (!unknown) {
            // With an unknown name the entry meant for the missing factor is probably that one; say it once, there.
            for (Factor factor : Factor.values()) {
                if (!seen.containsKey(factor)) {
                    problems.add(factor + " is missing; score all five factors");
                }
            }
        }
        if (problems.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        problems.forEach(p -> context.buildConstraintViolationWithTemplate(escape(p)).addConstraintViolation());
        return false;
    }

    /** Messages are templates; our text has no expressions, so braces and dollars must not be read as such. */
    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
