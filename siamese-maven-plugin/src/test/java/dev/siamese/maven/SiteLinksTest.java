package dev.siamese.maven;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The site's links have targets, checked on its sources without building it: every relative link of a page under
 * {@code src/site/markdown}, of the menu ({@code src/site/site.xml}) and of the README leads to a page that exists,
 * a goal page that the plugin descriptor makes ({@code siamese-maven-plugin/<goal>-mojo.html}) or a screenshot in
 * {@code docs/}; a link to a section ({@code page.html#id}) names a heading of that page by the id Doxia gives it;
 * and the goals page links every goal's page.
 */
class SiteLinksTest {
    private static final Path ROOT = Path.of("..");
    private static final Path PAGES = ROOT.resolve("src/site/markdown");
    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");
    private static final String GOAL_PAGES = "siamese-maven-plugin/";
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern MENU_LINK = Pattern.compile("href=\"([^\"]+)\"");
    private static final Pattern GOAL = Pattern.compile("<mojo>\\s*<goal>([^<]+)</goal>");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} (.+)$");

    @Test
    void everyLinkOfTheSiteHasATarget() throws IOException {
        List<String> goals = goals();
        List<String> broken = new ArrayList<>();
        try (Stream<Path> pages = Files.list(PAGES)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                links(page, MARKDOWN_LINK).stream().filter(l -> !siteTargetExists(l, goals))
                        .forEach(l -> broken.add(page.getFileName() + " → " + l));
            }
        }
        links(ROOT.resolve("src/site/site.xml"), MENU_LINK).stream().filter(l -> !siteTargetExists(l, goals))
                .forEach(l -> broken.add("site.xml → " + l));
        assertEquals(List.of(), broken, "links without a page, goal page or screenshot behind them");
    }

    @Test
    void everyLinkToASectionNamesAHeading() throws IOException {
        List<String> broken = new ArrayList<>();
        try (Stream<Path> pages = Files.list(PAGES)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Matcher m = MARKDOWN_LINK.matcher(Files.readString(page));
                while (m.find()) {
                    String link = m.group(1);
                    int hash = link.indexOf('#');
                    if (hash < 0 || link.contains("://") || link.startsWith(GOAL_PAGES)) {
                        continue;
                    }
                    Path target = hash == 0 ? page : PAGES.resolve(link.substring(0, hash).replace(".html", ".md"));
                    if (Files.exists(target) && !headingIds(target).contains(link.substring(hash + 1))) {
                        broken.add(page.getFileName() + " → " + link);
                    }
                }
            }
        }
        assertEquals(List.of(), broken, "links to sections that no heading of the page is (ids as Doxia makes them)");
    }

    @Test
    void headingIdsAreDoxiasOwn() {
        assertEquals("Comparing_experiments.3A_compare.md.2C_compare.html",
                headingId("Comparing experiments: `compare.md`, `compare.html`"));
        assertEquals("a1.3AN_search_.28bench-search.29", headingId("1:N search (`bench-search`)"));
    }

    @Test
    void everyLinkOfTheReadmeHasATarget() throws IOException {
        List<String> broken = links(ROOT.resolve("README.md"), MARKDOWN_LINK).stream()
                .filter(l -> !Files.exists(ROOT.resolve(l))).toList();
        assertEquals(List.of(), broken, "README.md links to files that do not exist");
    }

    @Test
    void theGoalsPageLinksEveryGoal() throws IOException {
        List<String> goals = goals();
        assertFalse(goals.isEmpty(), "no goal in " + DESCRIPTOR);
        List<String> linked = links(PAGES.resolve("goals.md"), MARKDOWN_LINK);
        List<String> missing = goals.stream().filter(g -> !linked.contains(GOAL_PAGES + g + "-mojo.html")).toList();
        assertEquals(List.of(), missing, "goals without a link to their page in src/site/markdown/goals.md");
    }

    @Test
    void aLinkToAPageThatIsNotThereIsBroken() throws IOException {
        List<String> goals = goals();
        assertFalse(siteTargetExists("no-such-page.html", goals));
        assertFalse(siteTargetExists(GOAL_PAGES + "no-such-goal-mojo.html", goals));
        assertFalse(siteTargetExists("images/no-such-screenshot.png", goals));
    }

    /** The relative links of a file, anchors cut off; links within the page and to other sites left out. */
    private static List<String> links(Path file, Pattern link) throws IOException {
        List<String> found = new ArrayList<>();
        Matcher m = link.matcher(Files.readString(file));
        while (m.find()) {
            String target = m.group(1);
            if (!target.startsWith("#") && !target.contains("://") && !target.startsWith("mailto:")) {
                found.add(target.contains("#") ? target.substring(0, target.indexOf('#')) : target);
            }
        }
        return found;
    }

    private static boolean siteTargetExists(String link, List<String> goals) {
        if (link.startsWith(GOAL_PAGES)) {
            String page = link.substring(GOAL_PAGES.length());
            return page.equals("plugin-info.html")
                    || page.endsWith("-mojo.html") && goals.contains(page.substring(0, page.length() - "-mojo.html".length()));
        }
        if (link.startsWith("images/")) {
            return Files.exists(ROOT.resolve("docs").resolve(link.substring("images/".length())));
        }
        return link.endsWith(".html") && Files.exists(PAGES.resolve(link.substring(0, link.length() - ".html".length()) + ".md"));
    }

    private static List<String> headingIds(Path page) throws IOException {
        return HEADING.matcher(Files.readString(page)).results().map(m -> headingId(m.group(1))).toList();
    }

    /**
     * The id Doxia's site renderer gives a heading: its text without code marks, spaces as {@code _}, letters, digits,
     * {@code -}, {@code _} and {@code .} as they are, every other character as {@code .XX} per UTF-8 byte, and an
     * {@code a} before an id that does not start with a letter.
     */
    static String headingId(String heading) {
        StringBuilder id = new StringBuilder();
        for (char c : heading.replace("`", "").strip().toCharArray()) {
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.')) {
                id.append(c);
            } else if (c == ' ') {
                id.append('_');
            } else {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    id.append(String.format(".%02X", b & 0xff));
                }
            }
        }
        boolean letter = id.length() > 0 && id.charAt(0) < 128 && Character.isLetter(id.charAt(0));
        return letter ? id.toString() : "a" + id;
    }

    private static List<String> goals() throws IOException {
        return GOAL.matcher(Files.readString(DESCRIPTOR)).results().map(m -> m.group(1)).toList();
    }
}
