package org.bulwark.sharing.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.bulwark.identity.BulwarkUser;
import org.bulwark.identity.Reader;
import org.bulwark.identity.Tlp;
import org.bulwark.partners.PartnerDirectory;
import org.bulwark.sharing.BulletinKind;
import org.bulwark.sharing.BulletinPage;
import org.bulwark.sharing.BulletinQuery;
import org.bulwark.sharing.Bulletins;
import org.bulwark.sharing.Indicator;
import org.bulwark.sharing.IndicatorCatalogue;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * One search over everything shared that the reader may read: bulletins and suspicious-activity indicators, each
 * found through its own access-checked query.
 */
@Controller
class SearchPages {

    private final Bulletins bulletins;
    private final IndicatorCatalogue indicators;
    private final ReaderOf readerOf;
    private final PartnerDirectory directory;

    SearchPages(Bulletins bulletins, IndicatorCatalogue indicators, ReaderOf readerOf, PartnerDirectory directory) {
        this.bulletins = bulletins;
        this.indicators = indicators;
        this.readerOf = readerOf;
        this.directory = directory;
    }

    @GetMapping("/search")
    String search(
            @AuthenticationPrincipal BulwarkUser user,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) BulletinKind kind,
            @RequestParam(required = false) String tlp,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            Locale locale) {
        Found found = find(user, q, kind, tlp, sector, from, to);
        model.addAttribute("query", found.query());
        model.addAttribute("bulletins", found.bulletins());
        model.addAttribute("indicators", found.indicators());
        model.addAttribute("kinds", BulletinKind.values());
        model.addAttribute("markings", Tlp.values());
        model.addAttribute("sectors", directory.sectors());
        return htmx != null ? "sharing/search :: results" : "sharing/search";
    }

    @GetMapping("/api/v1/search")
    @ResponseBody
    Found searchApi(
            @AuthenticationPrincipal BulwarkUser user,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) BulletinKind kind,
            @RequestParam(required = false) String tlp,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return find(user, q, kind, tlp, sector, from, to);
    }

    private Found find(
            BulwarkUser user,
            @Nullable String q,
            @Nullable BulletinKind kind,
            @Nullable String tlp,
            @Nullable String sector,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {
        Reader reader = readerOf.user(user);
        Tlp marking = tlp == null || tlp.isBlank() ? null : Tlp.parse(tlp);
        String sectorCode = sector == null || sector.isBlank() ? null : sector.strip();
        BulletinQuery query = new BulletinQuery(q, kind, marking, sectorCode, from, to, false);
        BulletinPage page = bulletins.inbox(reader, query, 0, 25);
        List<Indicator> matching = List.of();
        // indicators have no kind or date of publication: a search that asks for either is about bulletins
        if (q != null && !q.isBlank() && kind == null && from == null && to == null) {
            matching = indicators.search(reader, q).stream()
                    .filter(indicator -> marking == null || indicator.tlp() == marking)
                    .filter(indicator -> sectorCode == null || sectorCode.equals(indicator.sector()))
                    .toList();
        }
        return new Found(query, page, matching);
    }

    /** What a search found. */
    record Found(BulletinQuery query, BulletinPage bulletins, List<Indicator> indicators) {}
}
