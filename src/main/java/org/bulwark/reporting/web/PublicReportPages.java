package org.bulwark.reporting.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.bulwark.reporting.InvalidReport;
import org.bulwark.reporting.Receipt;
import org.bulwark.reporting.ReceiptStatus;
import org.bulwark.reporting.ReportFile;
import org.bulwark.reporting.ReportNotFound;
import org.bulwark.reporting.Reports;
import org.bulwark.reporting.internal.ReportingSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The public's report form and receipt page: no account, no JavaScript needed, small screens first. A report is
 * answered with a receipt code, with which the reporter adds information later.
 */
@Controller
@RequestMapping("/report")
class PublicReportPages {

    private final Reports reports;
    private final PublicIntake intake;
    private final ReportingSettings settings;
    private final MessageSource messages;

    PublicReportPages(Reports reports, PublicIntake intake, ReportingSettings settings, MessageSource messages) {
        this.reports = reports;
        this.intake = intake;
        this.settings = settings;
        this.messages = messages;
    }

    @ModelAttribute
    void limits(Model model) {
        model.addAttribute("maxPhotos", settings.maxPublicPhotos());
        model.addAttribute("maxPhotoMegabytes", settings.maxPublicPhotoSize().toMegabytes());
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new ReportForm());
        return "reporting/public-form";
    }

    @PostMapping
    String submit(
            HttpServletRequest request,
            HttpServletResponse response,
            @ModelAttribute("form") ReportForm form,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        intake.admit(request, form.getWebsite());
        try {
            Receipt receipt = reports.submitPublic(
                    form.draft(settings.timeZone(), locale.getLanguage(), true),
                    form.reportFiles(),
                    form.isShareLocation());
            redirect.addFlashAttribute("created", receipt.reference());
            return "redirect:/report/" + receipt.code();
        } catch (InvalidReport invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", FieldErrors.of(invalid, messages, locale));
            return "reporting/public-form";
        }
    }

    @GetMapping("/find")
    String find(@RequestParam(required = false) @Nullable String code) {
        if (code == null || code.isBlank()) {
            return "redirect:/report";
        }
        return "redirect:/report/" + UriUtils.encodePathSegment(code.strip(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @GetMapping("/{code}")
    String receipt(@PathVariable String code, Model model) {
        ReceiptStatus status = reports.receipt(code).orElseThrow(() -> new ReportNotFound("with this receipt code"));
        model.addAttribute("code", code);
        model.addAttribute("status", status);
        return "reporting/receipt";
    }

    @PostMapping("/{code}")
    String add(
            HttpServletRequest request,
            HttpServletResponse response,
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable List<MultipartFile> files,
            @RequestParam(required = false) @Nullable String website,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        intake.admit(request, website);
        ReportForm upload = new ReportForm();
        if (files != null) {
            upload.setFiles(files);
        }
        List<ReportFile> photos = upload.reportFiles();
        try {
            reports.addToReceipt(code, text, photos);
            redirect.addFlashAttribute("added", true);
            return "redirect:/report/" + code;
        } catch (InvalidReport invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("code", code);
            model.addAttribute("status", reports.receipt(code).orElseThrow());
            model.addAttribute("text", text);
            model.addAttribute("errors", FieldErrors.of(invalid, messages, locale));
            return "reporting/receipt";
        }
    }

    @ExceptionHandler(ReportNotFound.class)
    ModelAndView unknownReceipt() {
        return problem(HttpStatus.NOT_FOUND, "reporting.public.problem.unknown");
    }

    @ExceptionHandler(PublicIntake.Refused.class)
    ModelAndView refused(PublicIntake.Refused refused, HttpServletResponse response) {
        return switch (refused.reason()) {
            case TOO_MANY -> {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(refused.retryAfterSeconds()));
                yield problem(
                        HttpStatus.TOO_MANY_REQUESTS,
                        "reporting.public.problem.tooMany",
                        Math.max(1, (refused.retryAfterSeconds() + 59) / 60));
            }
            case TOO_LARGE -> tooLarge();
            case TRAPPED -> problem(HttpStatus.BAD_REQUEST, "reporting.public.problem.refused");
        };
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge() {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "reporting.public.problem.tooLarge", intake.maxRequestMegabytes());
    }

    private static ModelAndView problem(HttpStatus status, String message, Object... arguments) {
        ModelAndView view = new ModelAndView("reporting/public-problem", status);
        view.addObject("message", message);
        view.addObject("arguments", arguments);
        view.addObject("status", status.value());
        return view;
    }
}
