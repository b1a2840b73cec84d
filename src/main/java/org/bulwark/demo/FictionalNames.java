package org.bulwark.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** Given names and family names from the many communities of a port city, combined into fictional people. */
final class FictionalNames {

    private FictionalNames() {}

    private static final List<String> GIVEN = List.of(
            "Amara",
            "Aisha",
            "Alejandro",
            "Aleksander",
            "Amelia",
            "Anika",
            "Arjun",
            "Astrid",
            "Beatriz",
            "Bilal",
            "Bronwen",
            "Callum",
            "Carmen",
            "Chen",
            "Chiara",
            "Chidi",
            "Declan",
            "Deepa",
            "Dmitri",
            "Eilidh",
            "Elif",
            "Emeka",
            "Esther",
            "Ewa",
            "Farah",
            "Fatima",
            "Fergus",
            "Fiona",
            "Florin",
            "Gabriel",
            "Gideon",
            "Grace",
            "Hamza",
            "Hannah",
            "Hiroshi",
            "Ibrahim",
            "Imogen",
            "Isaac",
            "Jamal",
            "Jia",
            "Joanna",
            "Jonas",
            "Kai",
            "Keisha",
            "Kwame",
            "Laila",
            "Leon",
            "Lucia",
            "Lukas",
            "Maeve",
            "Mariam",
            "Mateo",
            "Mei",
            "Milan",
            "Nadia",
            "Naveen",
            "Nikolai",
            "Nour",
            "Oisín",
            "Olu",
            "Omar",
            "Pavel",
            "Rahel",
            "Rania",
            "Rashid",
            "Rhys",
            "Rosa",
            "Ruth",
            "Saoirse",
            "Samuel",
            "Sanjay",
            "Sara",
            "Siobhan",
            "Sofia",
            "Søren",
            "Tariq",
            "Thandiwe",
            "Theo",
            "Ugo",
            "Valentina",
            "Wei",
            "Yasmin",
            "Yusuf",
            "Zainab",
            "Zoltán",
            "Bogdan",
            "Noor",
            "Efua",
            "Marek");

    private static final List<String> FAMILY = List.of(
            "Adeyemi",
            "Ahmed",
            "Akhtar",
            "Andersen",
            "Ashworth",
            "Baptiste",
            "Barnes",
            "Bhatt",
            "Blackwood",
            "Brennan",
            "Caldwell",
            "Carvalho",
            "Chowdhury",
            "Costa",
            "Dalton",
            "da Silva",
            "Delaney",
            "Nikolić",
            "Doherty",
            "Eriksen",
            "Fairley",
            "Fernandes",
            "Fitzgerald",
            "Gallagher",
            "García",
            "Goldberg",
            "Greenwood",
            "Haddad",
            "Hartley",
            "Hussain",
            "Ibekwe",
            "Wójcik",
            "Jansen",
            "Kaur",
            "Kelleher",
            "Khan",
            "Kowalczyk",
            "Lambert",
            "Laurent",
            "Lindqvist",
            "Lombardi",
            "MacLeod",
            "Mahmood",
            "Marsh",
            "McAllister",
            "Mensah",
            "Moreau",
            "Morgan",
            "Murphy",
            "Nakamura",
            "Nkemelu",
            "Novak",
            "O'Connell",
            "Okonkwo",
            "Oyelaran",
            "Patel",
            "Petrović",
            "Popescu",
            "Quinn",
            "Rahman",
            "Reyes",
            "Rossi",
            "Sandhu",
            "Schneider",
            "Shah",
            "Sheridan",
            "Singh",
            "Sørensen",
            "Sullivan",
            "Tanaka",
            "Thornton",
            "Tran",
            "van der Berg",
            "Varga",
            "Walsh",
            "Whitfield",
            "Mazur",
            "Yılmaz",
            "Zhang",
            "Kaczmarek",
            "Asante",
            "Boateng",
            "Cohen",
            "Demir",
            "Egan",
            "Forde",
            "Gill",
            "Horvat",
            "Iqbal",
            "Joseph");

    static String person(DemoRandom random) {
        return random.pick(GIVEN) + " " + random.pick(FAMILY);
    }

    /** The name in lower-case ASCII letters and digits, other characters dropped or replaced by {@code separator}. */
    static String ascii(String text, char separator) {
        String folded = Normalizer.normalize(
                        text.replace("ø", "o")
                                .replace("Ø", "O")
                                .replace("ł", "l")
                                .replace("Ł", "L")
                                .replace("ı", "i")
                                .replace("æ", "ae")
                                .replace("ß", "ss"),
                        Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean pendingSeparator = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (pendingSeparator && out.length() > 0) {
                    out.append(separator);
                }
                pendingSeparator = false;
                out.append(c);
            } else if (c != '\'') {
                pendingSeparator = true;
            }
        }
        return out.toString();
    }
}
