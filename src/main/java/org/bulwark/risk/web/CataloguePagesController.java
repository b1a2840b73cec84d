package org.bulwark.risk.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bulwark.risk.RiskBand;
import org.bulwark.risk.internal.Catalogue;
import org.bulwark.risk.internal.CatalogueItemNotFound;
import org.bulwark.risk.internal.InvalidCatalogueChange;
import org.bulwark.risk.internal.QuestionInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The attack-method catalogue: coordinators edit it, advisors and analysts read it. */
@Controller
class CataloguePagesController {

    private final Catalogue catalogue;

    CataloguePagesController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/risk/catalogue")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADVISOR', 'ANALYST')")
    String show(Model model) {
        return page(model, "", Map.of(), Map.of());
    }

    @PostMapping("/risk/catalogue/methods/{code}")
    @PreAuthorize("hasRole('COORDINATOR')")
    String rename(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String nameEn,
            @RequestParam(required = false) @Nullable String nameFr,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            catalogue.rename(code, nameEn, nameFr);
        } catch (InvalidCatalogueChange e) {
            return refused(model, response, "method-" + code, e, values("nameEn", nameEn, "nameFr", nameFr));
        } catch (CatalogueItemNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
        redirect.addFlashAttribute("saved", "risk.catalogue.saved");
        return "redirect:/risk/catalogue#method-" + code;
    }

    @PostMapping("/risk/catalogue/methods/{code}/questions")
    @PreAuthorize("hasRole('COORDINATOR')")
    String add(
            @PathVariable String code,
            QuestionForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            catalogue.addQuestion(code, form.input());
        } catch (InvalidCatalogueChange e) {
            return refused(model, response, "add-" + code, e, form.values());
        } catch (CatalogueItemNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
        redirect.addFlashAttribute("saved", "risk.catalogue.saved");
        return "redirect:/risk/catalogue#method-" + code;
    }

    @PostMapping("/risk/catalogue/questions/{code}")
    @PreAuthorize("hasRole('COORDINATOR')")
    String update(
            @PathVariable String code,
            QuestionForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            catalogue.updateQuestion(code, form.input());
        } catch (InvalidCatalogueChange e) {
            return refused(model, response, "question-" + code, e, form.values());
        } catch (CatalogueItemNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
        redirect.addFlashAttribute("saved", "risk.catalogue.saved");
        return "redirect:/risk/catalogue#question-" + code;
    }

    @PostMapping("/risk/catalogue/questions/{code}/retire")
    @PreAuthorize("hasRole('COORDINATOR')")
    String retire(@PathVariable String code, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            catalogue.retire(code);
        } catch (InvalidCatalogueChange e) {
            return refused(model, response, "question-" + code, e, Map.of());
        } catch (CatalogueItemNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
        redirect.addFlashAttribute("saved", "risk.catalogue.retiredSaved");
        return "redirect:/risk/catalogue#question-" + code;
    }

    /** A question form as posted. */
    record QuestionForm(
            @Nullable String code,
            @Nullable String textEn,
            @Nullable String textFr,
            @Nullable String weight,
            @Nullable String proportionateFrom) {

        QuestionInput input() {
            return new QuestionInput(code, textEn, textFr, weight, proportionateFrom);
        }

        Map<String, String> values() {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("code", code == null ? "" : code);
            values.put("textEn", textEn == null ? "" : textEn);
            values.put("textFr", textFr == null ? "" : textFr);
            values.put("weight", weight == null ? "" : weight);
            values.put("proportionateFrom", proportionateFrom == null ? "" : proportionateFrom);
            return values;
        }
    }

    private static Map<String, String> values(String k1, @Nullable String v1, String k2, @Nullable String v2) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(k1, v1 == null ? "" : v1);
        values.put(k2, v2 == null ? "" : v2);
        return values;
    }

    private String refused(
            Model model,
            HttpServletResponse response,
            String form,
            InvalidCatalogueChange e,
            Map<String, String> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.violations().forEach(v -> errors.putIfAbsent(v.field(), v.messageKey()));
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(model, form, errors, values);
    }

    private String page(Model model, String form, Map<String, String> errors, Map<String, String> values) {
        model.addAttribute("methods", catalogue.entries());
        model.addAttribute("bands", RiskBand.values());
        model.addAttribute("weights", java.util.List.of(1, 2, 3));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        return "risk/catalogue";
    }
}
