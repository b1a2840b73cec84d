package org.bulwark.threat.web;

import org.bulwark.threat.InvalidMeasure;
import org.springframework.validation.BindingResult;

/** Puts the catalogue's broken rules next to the fields of a page form, in the reader's language. */
final class MeasureFormErrors {

    private MeasureFormErrors() {}

    static void reject(BindingResult result, InvalidMeasure ex) {
        for (InvalidMeasure.Violation violation : ex.violations()) {
            if (hasProperty(result, violation.field())) {
                result.rejectValue(violation.field(), violation.code(), violation.arguments(), violation.message());
            } else {
                result.reject(violation.code(), violation.arguments(), violation.message());
            }
        }
    }

    private static boolean hasProperty(BindingResult result, String field) {
        try {
            result.getFieldValue(field);
            return true;
        } catch (RuntimeException ex) {
            return false;
        }
    }
}
