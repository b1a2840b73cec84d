package org.bulwark.threat.web;

import java.util.Locale;
import org.bulwark.threat.ThreatLevels;
import org.bulwark.threat.Visibility;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public face of the threat level: the levels announced as public, for anyone, without signing in. */
@Controller
class PublicThreatLevelController {

    private final ThreatLevels levels;
    private final ThreatLabels labels;

    PublicThreatLevelController(ThreatLevels levels, ThreatLabels labels) {
        this.levels = levels;
        this.labels = labels;
    }

    @GetMapping("/public/threat-level")
    String publicLevels(Model model, Locale locale) {
        model.addAttribute(
                "levels",
                labels.views(
                        levels.allCurrent().stream()
                                .filter(level -> level.visibility() == Visibility.PUBLIC)
                                .toList(),
                        locale));
        model.addAttribute("schemeLevels", labels.explained(levels.activeScheme()));
        return "threat/public";
    }
}
