package org.bulwark;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("cards", List.<HomeCard>of());
        return "home";
    }

    record HomeCard(String href, String titleKey, String textKey, Object figure) {}
}
