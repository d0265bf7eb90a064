package org.tarikh.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Random;

/**
 * Writes a knowledge folder of N synthetic claims, shaped like the real ones (a claim, subject, summary, eight
 * paraphrases in English and in Russian, keywords, two sources) about made-up people, parties and places in made-up
 * years, so that the index can be measured at a size the real knowledge will not reach for years. The glossary and
 * calibration are copied from the real knowledge. Deterministic: the same N gives the same files.
 * Run with {@code bench/synthetic.sh N DIR}.
 */
public final class SyntheticKnowledge {
    private static final String[] SYLLABLES = {"ka", "ra", "zan", "tol", "bek", "mur", "sa", "lin", "dar", "gul",
        "ta", "nur", "os", "ber", "kul", "zhan", "ar", "mat", "tem", "ir", "ok", "ul", "sha", "dos", "pa", "ven",
        "lo", "kir", "fa", "rus"};
    private static final String[][] ORGS = {
        {"Workers' Party", "Рабочая партия"}, {"Peasant Union", "Крестьянский союз"},
        {"Miners' Federation", "Федерация горняков"}, {"National Front", "Национальный фронт"},
        {"Teachers' Congress", "Съезд учителей"}, {"Railway Union", "Союз железнодорожников"}};
    private static final String[][] EVENTS = {
        {"was banned", "была запрещена", "ban", "запрет"}, {"split", "раскололась", "split", "раскол"},
        {"won the election", "победила на выборах", "election", "выборы"},
        {"went on strike", "объявила забастовку", "strike", "забастовка"},
        {"was registered", "была зарегистрирована", "registration", "регистрация"}};
    private static final String[] VERDICTS = {"accurate", "mostly-accurate", "mixed", "misleading", "false",
        "disputed", "unverifiable"};

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        Path real = Path.of(args.length > 2 ? args[2] : "knowledge");
        Files.createDirectories(dir.resolve("synthetic"));
        Files.writeString(dir.resolve("topics.yaml"), "synthetic:\n  en: Synthetic\n  ru: Синтетика\n");
        for (String file : List.of("glossary.yaml", "calibration.yaml")) {
            Files.copy(real.resolve(file), dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Random random = new Random(42);
        for (int i = 0; i < count; i++) {
            String id = String.format("synthetic-%05d", i);
            Files.writeString(dir.resolve("synthetic").resolve(id + ".yaml"), claim(id, random), StandardCharsets.UTF_8);
        }
        System.out.println("wrote " + count + " synthetic claims to " + dir);
    }

    private static String claim(String id, Random random) {
        String person = name(random, 3);
        String place = name(random, 2) + "stan";
        String[] org = ORGS[random.nextInt(ORGS.length)];
        String[] event = EVENTS[random.nextInt(EVENTS.length)];
        int year = 1900 + random.nextInt(125);
        int number = 1 + random.nextInt(900);
        String personRu = cyrillic(person);
        String placeRu = cyrillic(place);
        List<String> en = List.of(
                "Did the " + org[0] + " of " + place + " really " + event[2] + " in " + year + "?",
                "Was " + person + " behind the " + event[2] + " of the " + place + " " + org[0] + "?",
                "What happened to the " + org[0] + " in " + place + " in " + year + "?",
                "Is it true that " + number + " members left the " + org[0] + " of " + place + "?",
                "When did the " + place + " " + org[0] + " " + event[2] + "?",
                "How many people took part in the " + event[2] + " of the " + org[0] + " in " + place + "?",
                person + " and the " + org[0] + ": what happened in " + year + "?",
                "Who led the " + org[0] + " of " + place + " at the time of its " + event[2] + "?");
        List<String> ru = List.of(
                "Правда ли, что " + org[1] + " " + placeRu + " — " + event[3] + " в " + year + " году?",
                "Стоял ли " + personRu + " за событием «" + event[3] + "» в " + placeRu + "?",
                "Что случилось с организацией " + org[1] + " в " + placeRu + " в " + year + " году?",
                "Верно ли, что " + number + " членов покинули " + org[1] + " " + placeRu + "?",
                "Когда " + org[1] + " " + placeRu + " " + event[1] + "?",
                "Сколько людей участвовало: " + event[3] + ", " + org[1] + ", " + placeRu + "?",
                personRu + " и " + org[1] + ": что произошло в " + year + " году?",
                "Кто руководил организацией " + org[1] + " " + placeRu + ", когда она " + event[1] + "?");
        StringBuilder out = new StringBuilder();
        out.append("id: ").append(id).append("\ntopic: synthetic\n");
        out.append("claim:\n  en: \"The ").append(org[0]).append(" of ").append(place).append(", led by ").append(person)
                .append(", ").append(event[0]).append(" in ").append(year).append(".\"\n");
        out.append("  ru: \"").append(org[1]).append(" ").append(placeRu).append(" под руководством ").append(personRu)
                .append(" ").append(event[1]).append(" в ").append(year).append(" году.\"\n");
        out.append("short:\n  en: \"The ").append(org[0]).append(" of ").append(place).append(' ').append(event[0])
                .append(" in ").append(year).append("\"\n");
        out.append("  ru: \"").append(org[1]).append(' ').append(placeRu).append(' ').append(event[1]).append(" в ")
                .append(year).append("\"\n");
        out.append("subject:\n  en: [\"").append(place).append(' ').append(org[0].split("'")[0].split(" ")[0])
                .append("\", \"").append(person).append("\"]\n");
        out.append("  ru: [\"").append(placeRu).append(' ').append(org[1].split(" ")[0]).append("\", \"")
                .append(personRu).append("\"]\n");
        out.append("verdict: ").append(VERDICTS[random.nextInt(VERDICTS.length)]).append('\n');
        out.append("summary:\n  en: \"In ").append(year).append(" the ").append(org[0]).append(" of ").append(place)
                .append(" had about ").append(number).append(" thousand members; its leader ").append(person)
                .append(" was arrested ").append(1 + random.nextInt(11)).append(" years later. The record of the ")
                .append(event[2]).append(" is incomplete.\"\n");
        out.append("  ru: \"В ").append(year).append(" году в организации ").append(org[1]).append(" ").append(placeRu)
                .append(" было около ").append(number).append(" тысяч членов; её лидер ").append(personRu)
                .append(" был арестован спустя несколько лет. Сведения неполны.\"\n");
        out.append("questions:\n  en:\n");
        en.forEach(q -> out.append("    - \"").append(q).append("\"\n"));
        out.append("  ru:\n");
        ru.forEach(q -> out.append("    - \"").append(q).append("\"\n"));
        out.append("keywords: [\"").append(person).append("\", \"").append(personRu).append("\", \"").append(place)
                .append("\", \"").append(placeRu).append("\", \"").append(year).append("\"]\n");
        out.append("sources:\n");
        for (int s = 0; s < 2; s++) {
            out.append("  - title: \"A source on ").append(place).append("\"\n    url: \"https://example.org/")
                    .append(id).append('/').append(s).append("\"\n    publisher: \"Example\"\n    lang: en\n")
                    .append("    stance: ").append(s == 0 ? "supports" : "counters").append('\n')
                    .append("    checked: \"2026-12-01\"\n");
        }
        out.append("reviewed: 2026-12-01\n");
        return out.toString();
    }

    private static String name(Random random, int syllables) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** A Cyrillic spelling whose skeleton is the Latin one's, as real names have. */
    private static String cyrillic(String latin) {
        String[][] map = {{"zh", "ж"}, {"sh", "ш"}, {"a", "а"}, {"b", "б"}, {"d", "д"}, {"e", "е"}, {"f", "ф"},
            {"g", "г"}, {"i", "и"}, {"k", "к"}, {"l", "л"}, {"m", "м"}, {"n", "н"}, {"o", "о"}, {"p", "п"}, {"r", "р"},
            {"s", "с"}, {"t", "т"}, {"u", "у"}, {"v", "в"}, {"z", "з"}};
        String s = latin.toLowerCase();
        StringBuilder out = new StringBuilder();
        outer:
        for (int i = 0; i < s.length(); ) {
            for (String[] pair : map) {
                if (s.startsWith(pair[0], i)) {
                    out.append(pair[1]);
                    i += pair[0].length();
                    continue outer;
                }
            }
            out.append(s.charAt(i++));
        }
        return Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }
}
