package org.bulwark.partners.web;

import org.bulwark.partners.InvalidPartnerData;
import org.springframework.validation.BindingResult;

/** Puts the partnership's broken rules next to the fields of a page form, in the reader's language. */
final class FormErrors {

    private FormErrors() {}

    static void reject(BindingResult result, InvalidPartnerData ex) {
        for (InvalidPartnerData.Violation violation : ex.violations()) {
            if (result.getFieldType(violation.field()) != null || hasProperty(result, violation.field())) {
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
