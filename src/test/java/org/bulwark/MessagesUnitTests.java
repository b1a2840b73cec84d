package org.bulwark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every user-facing text comes from the message bundles, in English and in French: templates hold keys, not
 * sentences, and every key a template names exists.
 */
class MessagesUnitTests {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label", "label");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[(}]");

    @Test
    void everyBundleHasTheSameKeysInEnglishAndFrench() throws IOException {
        for (Path english : englishBundles()) {
            Path french =
                    english.resolveSibling(english.getFileName().toString().replace(".properties", "_fr.properties"));
            assertThat(french).as("French bundle for %s", english).exists();
            Properties en = load(english);
            Properties fr = load(french);
            assertThat(fr.stringPropertyNames())
                    .as("keys of %s", french)
                    .containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
            for (String key : en.stringPropertyNames()) {
                assertThat(en.getProperty(key)).as("%s in %s", key, english).isNotBlank();
                assertThat(fr.getProperty(key)).as("%s in %s", key, french).isNotBlank();
            }
        }
    }

    @Test
    void apostrophesFollowTheMessageFormatRules() throws IOException {
        // a message with arguments goes through MessageFormat, where a lone ' starts a quote; one without does not
        List<String> wrong = new ArrayList<>();
        for (Path english : englishBundles()) {
            for (Path bundle : List.of(english, frenchOf(english))) {
                Properties messages = load(bundle);
                for (String key : messages.stringPropertyNames()) {
                    String value = messages.getProperty(key);
                    boolean formatted = ARGUMENT.matcher(value).find();
                    String withoutPairs = value.replace("''", "");
                    if (formatted ? withoutPairs.contains("'") : value.contains("''")) {
                        wrong.add(bundle.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Set<String> seen = new TreeSet<>();
        List<String> duplicates = new ArrayList<>();
        for (Path english : englishBundles()) {
            for (String key : load(english).stringPropertyNames()) {
                if (!seen.add(key)) {
                    duplicates.add(key + " (again in " + english.getFileName() + ")");
                }
            }
        }
        assertThat(duplicates).isEmpty();
    }

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element element : document.getAllElements()) {
                String name = element.tagName();
                if (name.equals("script") || name.equals("style") || hasTextAttribute(element)) {
                    continue;
                }
                String own = element.ownText();
                if (LETTER.matcher(own).find()) {
                    literals.add(TEMPLATES.relativize(template) + ": <" + name + "> \"" + own.strip() + "\"");
                }
                for (String attribute : TEXT_ATTRIBUTES) {
                    String value = element.attr(attribute);
                    if (LETTER.matcher(value).find()) {
                        literals.add(TEMPLATES.relativize(template) + ": <" + name + " " + attribute + "=\"" + value
                                + "\">");
                    }
                }
            }
        }
        assertThat(literals)
                .as("literal text in templates; use th:text=\"#{key}\"")
                .isEmpty();
    }

    @Test
    void everyKeyNamedByATemplateExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (Path english : englishBundles()) {
            known.addAll(load(english).stringPropertyNames());
        }
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                if (!known.contains(matcher.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Path frenchOf(Path english) {
        return english.resolveSibling(english.getFileName().toString().replace(".properties", "_fr.properties"));
    }

    private static boolean hasTextAttribute(Element element) {
        return element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:remove");
    }

    private static List<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(path -> !path.getFileName().toString().contains("_"))
                    .filter(path -> path.toString().endsWith(".properties"))
                    .sorted()
                    .toList();
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(path -> path.toString().endsWith(".html"))
                    .sorted()
                    .toList();
        }
    }

    private static Properties load(Path path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
