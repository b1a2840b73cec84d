package org.bulwark.partners.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Locale;
import org.bulwark.partners.InvalidPartnerData;
import org.bulwark.partners.PartnerNotFound;
import org.bulwark.partners.Sector;
import org.bulwark.partners.SectorCatalogue;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinators' page for the sector catalogue. */
@Controller
@RequestMapping("/sectors")
@PreAuthorize("hasRole('COORDINATOR')")
class SectorPages {

    private final SectorCatalogue catalogue;
    private final MessageSource messages;

    SectorPages(SectorCatalogue catalogue, MessageSource messages) {
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GetMapping
    String sectors(Model model) {
        return catalogue(model, new SectorForm());
    }

    @PostMapping
    String add(
            @ModelAttribute("form") SectorForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            Sector sector = catalogue.add(form.getCode(), form.getNameEn(), form.getNameFr());
            redirect.addFlashAttribute("notice", "sectors.notice.added");
            redirect.addFlashAttribute("noticeArgument", sector.code());
            return "redirect:/sectors";
        } catch (InvalidPartnerData ex) {
            FormErrors.reject(result, ex);
            return catalogue(model, form);
        }
    }

    @GetMapping("/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        Sector sector = require(code);
        SectorForm form = new SectorForm();
        form.setCode(sector.code());
        form.setNameEn(sector.nameEn());
        form.setNameFr(sector.nameFr());
        model.addAttribute("sector", sector);
        model.addAttribute("form", form);
        return "partners/sector-form";
    }

    @PostMapping("/{code}")
    String rename(
            @PathVariable String code,
            @ModelAttribute("form") SectorForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Sector sector = require(code);
        try {
            catalogue.rename(code, form.getNameEn(), form.getNameFr());
            redirect.addFlashAttribute("notice", "sectors.notice.renamed");
            redirect.addFlashAttribute("noticeArgument", code);
            return "redirect:/sectors";
        } catch (InvalidPartnerData ex) {
            FormErrors.reject(result, ex);
            form.setCode(code);
            model.addAttribute("sector", sector);
            return "partners/sector-form";
        }
    }

    @PostMapping("/{code}/position")
    String move(@PathVariable String code, @RequestParam String direction) {
        catalogue.move(code, "up".equals(direction));
        return "redirect:/sectors#sector-" + code;
    }

    @PostMapping("/{code}/deactivation")
    String deactivate(@PathVariable String code, RedirectAttributes redirect) {
        catalogue.deactivate(code);
        redirect.addFlashAttribute("notice", "sectors.notice.deactivated");
        redirect.addFlashAttribute("noticeArgument", code);
        return "redirect:/sectors";
    }

    @PostMapping("/{code}/activation")
    String reactivate(@PathVariable String code, RedirectAttributes redirect) {
        catalogue.reactivate(code);
        redirect.addFlashAttribute("notice", "sectors.notice.reactivated");
        redirect.addFlashAttribute("noticeArgument", code);
        return "redirect:/sectors";
    }

    @PostMapping("/{code}/removal")
    String delete(@PathVariable String code, RedirectAttributes redirect, Locale locale) {
        try {
            catalogue.delete(code);
            redirect.addFlashAttribute("notice", "sectors.notice.deleted");
            redirect.addFlashAttribute("noticeArgument", code);
        } catch (InvalidPartnerData ex) {
            // flash attributes live in the session store, so they travel as plain text
            redirect.addFlashAttribute(
                    "problems",
                    new ArrayList<>(ex.violations().stream()
                            .map(violation -> messages.getMessage(
                                    violation.code(), violation.arguments(), violation.message(), locale))
                            .toList()));
        }
        return "redirect:/sectors";
    }

    @ExceptionHandler(PartnerNotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    private String catalogue(Model model, SectorForm form) {
        model.addAttribute("sectors", catalogue.all());
        model.addAttribute("usage", catalogue.organisationsPerSector());
        model.addAttribute("form", form);
        return "partners/sectors";
    }

    private Sector require(String code) {
        return catalogue.all().stream()
                .filter(sector -> sector.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new PartnerNotFound("No sector has the code " + code));
    }
}
