package org.bulwark.threat.web;

import org.bulwark.threat.InvalidThreatScheme;
import org.bulwark.threat.ThreatLevels;
import org.bulwark.threat.ThreatScheme;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The schemes the network may state its levels in: presets, custom schemes, and which one is active. */
@Controller
@RequestMapping("/threat/schemes")
@PreAuthorize("hasRole('COORDINATOR')")
class SchemePagesController {

    private final ThreatLevels levels;
    private final ThreatLabels labels;

    SchemePagesController(ThreatLevels levels, ThreatLabels labels) {
        this.levels = levels;
        this.labels = labels;
    }

    @GetMapping
    String schemes(Model model) {
        return page(model, new SchemeForm());
    }

    @PostMapping
    String create(
            @ModelAttribute("form") SchemeForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            ThreatScheme created = levels.createScheme(form.scheme());
            redirect.addFlashAttribute("saved", "threat.schemes.flash.created");
            redirect.addFlashAttribute("savedName", created.name());
        } catch (InvalidThreatScheme e) {
            binding.rejectValue(e.field(), "threat.error.scheme", new Object[] {e.getMessage()}, e.getMessage());
            return page(model, form.fill());
        }
        return "redirect:/threat/schemes";
    }

    @PostMapping("/{code}/delete")
    String delete(@PathVariable String code, RedirectAttributes redirect) {
        try {
            levels.deleteScheme(code);
            redirect.addFlashAttribute("saved", "threat.schemes.flash.deleted");
        } catch (InvalidThreatScheme e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/threat/schemes";
    }

    @GetMapping("/{code}/activate")
    String confirmActivation(@PathVariable String code, Model model) {
        ThreatScheme scheme = levels.scheme(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("scheme", scheme);
        model.addAttribute("active", levels.activeScheme());
        model.addAttribute("schemeLevels", labels.explained(scheme));
        return "threat/scheme-activate";
    }

    @PostMapping("/{code}/activate")
    String activate(@PathVariable String code, RedirectAttributes redirect) {
        try {
            levels.activateScheme(code);
            redirect.addFlashAttribute("saved", "threat.schemes.flash.activated");
        } catch (InvalidThreatScheme e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/threat/schemes";
    }

    private String page(Model model, SchemeForm form) {
        model.addAttribute("schemes", levels.schemes());
        model.addAttribute("form", form);
        return "threat/schemes";
    }
}
