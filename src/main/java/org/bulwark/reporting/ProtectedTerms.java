package org.bulwark.reporting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Words, in English and French, that name a protected characteristic: ethnicity or colour, religion, nationality or
 * migration status, gender identity, sexual orientation, political opinion. A report must rest on behaviour, never
 * on these; a word from the list may still belong in a specific description of a person, so the reviewer is shown
 * it, highlighted, and decides. The list errs on the side of showing too much ("black" also names a colour of
 * clothing): a highlight costs a glance, a missed one may cost a person a lot.
 */
public final class ProtectedTerms {

    private static final List<String> WORDS = List.of(
            // ethnicity, colour, origin
            "arabs?",
            "arabic",
            "arabes?",
            "blacks?",
            "noire?s?",
            "whites?",
            "asians?",
            "asiatiques?",
            "africans?",
            "africaine?s?",
            "hispanics?",
            "latinos?",
            "latinas?",
            "roma",
            "roms?",
            "gypsy",
            "gypsies",
            "gitane?s?",
            "travellers?",
            "maghr[eé]bine?s?",
            "beurs?",
            "ethnic",
            "ethniques?",
            "race",
            "racial",
            "raciale?s?",
            "m[eé]tisse?s?",
            "mixed[- ]race",
            "foreign-looking",
            // religion
            "muslims?",
            "moslems?",
            "musulmane?s?",
            "islam",
            "islamic",
            "islamiques?",
            "islamists?",
            "islamistes?",
            "jews?",
            "jewish",
            "juifs?",
            "juives?",
            "christians?",
            "chr[eé]tiens?",
            "chr[eé]tiennes?",
            "catholics?",
            "catholiques?",
            "protestants?",
            "protestantes?",
            "hindus?",
            "hindous?",
            "sikhs?",
            "buddhists?",
            "bouddhistes?",
            "religious",
            "religieux",
            "religieuses?",
            "religions?",
            "mosques?",
            "mosqu[eé]es?",
            "synagogues?",
            "churche?s?",
            "[eé]glises?",
            "temples?",
            "hijabs?",
            "niqabs?",
            "burqas?",
            "burkas?",
            "headscarf",
            "headscarves",
            "foulards?",
            "voil[eé]e?s?",
            "veiled",
            "turbans?",
            "kippahs?",
            "kippas?",
            "yarmulkes?",
            "prayers?",
            "praying",
            "pri[eè]res?",
            "priait",
            "priant",
            "allah",
            "coran",
            "koran",
            "quran",
            // nationality and migration
            "immigrants?",
            "immigr[eé]e?s?",
            "migrants?",
            "migrantes?",
            "refugees?",
            "r[eé]fugi[eé]e?s?",
            "asylum",
            "foreigners?",
            "foreign",
            "[eé]trangers?",
            "[eé]trang[eè]res?",
            "nationality",
            "nationalit[eé]",
            "pakistanis?",
            "pakistanaise?s?",
            "somalis?",
            "somaliens?",
            "somaliennes?",
            "syrians?",
            "syriens?",
            "syriennes?",
            "afghans?",
            "afghanes?",
            "iraqis?",
            "irakiens?",
            "irakiennes?",
            "iranians?",
            "iraniens?",
            "iraniennes?",
            "turkish",
            "turks?",
            "turcs?",
            "turques?",
            "moroccans?",
            "marocains?",
            "marocaines?",
            "algerians?",
            "alg[eé]riens?",
            "alg[eé]riennes?",
            "tunisians?",
            "tunisiens?",
            "tunisiennes?",
            "chechens?",
            "tch[eé]tch[eè]nes?",
            "russians?",
            "russes?",
            "ukrainians?",
            "ukrainiens?",
            "ukrainiennes?",
            "polish",
            "poles",
            "polonaise?s?",
            "romanians?",
            "roumains?",
            "roumaines?",
            "albanians?",
            "albanaise?s?",
            "nigerians?",
            "nig[eé]rians?",
            "nig[eé]rianes?",
            "chinese",
            "chinoise?s?",
            "indians?",
            "indiens?",
            "indiennes?",
            "bangladeshis?",
            "palestinians?",
            "palestiniens?",
            "palestiniennes?",
            "israelis?",
            "isra[eé]liens?",
            "isra[eé]liennes?",
            "kurds?",
            "kurdish",
            "kurdes?",
            "eritreans?",
            "[eé]rythr[eé]ens?",
            "sudanese",
            "soudanaise?s?",
            "libyans?",
            "libyens?",
            "libyennes?",
            "egyptians?",
            "[eé]gyptiens?",
            "[eé]gyptiennes?",
            "mexicans?",
            "mexicaine?s?",
            // gender identity and sexual orientation
            "gays?",
            "lesbians?",
            "lesbiennes?",
            "bisexuals?",
            "bisexuele?s?",
            "homosexuals?",
            "homosexuele?s?",
            "transgenders?",
            "transgenres?",
            "trans",
            "queer",
            "non-binary",
            "non-binaires?",
            "lgbt\\w*",
            // political opinion
            "communists?",
            "communistes?",
            "socialists?",
            "socialistes?",
            "anarchists?",
            "anarchistes?",
            "leftists?",
            "gauchistes?",
            "far[- ]right",
            "far[- ]left",
            "extr[eê]me[- ]droite",
            "extr[eê]me[- ]gauche",
            "nationalists?",
            "nationalistes?",
            "activists?",
            "activistes?",
            "militants?",
            "militantes?",
            "protesters?",
            "manifestants?",
            "manifestantes?",
            "left-wing",
            "right-wing",
            "political",
            "politiques?");

    private static final Pattern TERMS = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:" + String.join("|", WORDS) + ")(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ProtectedTerms() {}

    /** A piece of text, flagged when it is a word naming a protected characteristic. */
    public record Part(String text, boolean flagged) {}

    /** The text cut into pieces, in order, the flagged words on their own; never null. */
    public static List<Part> split(@Nullable String text) {
        List<Part> parts = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return parts;
        }
        Matcher matcher = TERMS.matcher(text);
        int at = 0;
        while (matcher.find()) {
            if (matcher.start() > at) {
                parts.add(new Part(text.substring(at, matcher.start()), false));
            }
            parts.add(new Part(matcher.group(), true));
            at = matcher.end();
        }
        if (at < text.length()) {
            parts.add(new Part(text.substring(at), false));
        }
        return parts;
    }

    /** The distinct flagged words of the texts, lower case, in the order they first appear; never null. */
    public static Set<String> found(@Nullable String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Matcher matcher = TERMS.matcher(text);
            while (matcher.find()) {
                words.add(matcher.group().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }
}
