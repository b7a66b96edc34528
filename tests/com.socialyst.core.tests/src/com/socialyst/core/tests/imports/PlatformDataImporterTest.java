package com.socialyst.core.tests.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.socialyst.core.exports.MeasurementCsvExport;
import com.socialyst.core.imports.ImportException;
import com.socialyst.core.imports.ImportFormat;
import com.socialyst.core.imports.ImportOptions;
import com.socialyst.core.imports.ImportProblem;
import com.socialyst.core.imports.ImportReport;
import com.socialyst.core.imports.ImportRequest;
import com.socialyst.core.imports.PlatformDataImporter;
import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.core.storage.PortfolioStore;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Client;
import com.socialyst.model.Mention;
import com.socialyst.model.MentionLog;
import com.socialyst.model.Platform;
import com.socialyst.model.Sentiment;

/**
 * Imports of every supported export, on realistic files, with known answers computed by hand from the fixtures.
 */
class PlatformDataImporterTest {

	private static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);
	private static final LocalDate MAR_2 = LocalDate.of(2026, 3, 2);
	private static final LocalDate MAR_3 = LocalDate.of(2026, 3, 3);

	@TempDir
	Path temp;

	private Path workspace;
	private Path files;

	@BeforeEach
	void createWorkspace() throws IOException {
		workspace = temp.resolve("workspace");
		files = temp.resolve("files");
		Fixtures.workspace(workspace);
	}

	/** The import wizard shows what the importer will take a file for, by the importer's own rules. */
	@Test
	void recognisesEachExportFromItsHeader() throws Exception {
		assertEquals(ImportFormat.X, PlatformDataImporter.recognise(Fixtures.copy("x-tweet-activity.csv", files)).format());
		assertEquals(ImportFormat.META,
				PlatformDataImporter.recognise(Fixtures.copy("meta-page-insights.csv", files)).format());
		assertEquals(ImportFormat.LINKEDIN,
				PlatformDataImporter.recognise(Fixtures.copy("linkedin-followers.csv", files)).format());
		assertEquals(ImportFormat.GA4,
				PlatformDataImporter.recognise(Fixtures.copy("ga4-traffic-by-source.csv", files)).format());
		assertEquals(ImportFormat.MENTIONS, PlatformDataImporter.recognise(Fixtures.copy("mentions.csv", files)).format());
		assertEquals(ImportFormat.GENERIC,
				PlatformDataImporter.recognise(Fixtures.copy("generic-long.csv", files)).format());
		Path unknown = files.resolve("unknown.csv");
		Files.writeString(unknown, "colour,shape\nred,round\n");
		assertEquals(null, PlatformDataImporter.recognise(unknown));
	}

	@Test
	void xPostActivityIsSummedPerDayAndCountsPosts() throws Exception {
		ImportReport report = importFiles("x:acme", ImportOptions.defaults(), "x-tweet-activity.csv");

		assertEquals(List.of("x:acme"), report.createdChannels());
		assertEquals("X post activity export (per post)", report.formats().values().iterator().next());
		ChannelAccount x = channel("x:acme");
		// 2 March: two tweets (1520 + 980 impressions), one with a quoted newline in its text
		assertEquals(2500, value(x, "impressions", MAR_2));
		assertEquals(83, value(x, "engagements", MAR_2));
		assertEquals(7, value(x, "shares", MAR_2));
		assertEquals(7, value(x, "comments", MAR_2));
		assertEquals(45, value(x, "likes", MAR_2));
		assertEquals(14, value(x, "clicks", MAR_2));
		assertEquals(120, value(x, "video_views", MAR_2));
		assertEquals(2, value(x, "posts", MAR_2));
		assertEquals(2210, value(x, "impressions", MAR_3));
		assertEquals(1, value(x, "posts", MAR_3));
		assertTrue(Double.isNaN(value(x, "impressions", MAR_1)), "no tweet, no value");
		assertFalse(x.getSeries().stream().anyMatch(s -> s.getField().contains("rate")), "vendor rates not imported");
	}

	@Test
	void xAccountOverviewIsDaily() throws Exception {
		importFiles("x:acme", ImportOptions.defaults(), "x-account-overview.csv");
		ChannelAccount x = channel("x:acme");
		assertEquals(310, value(x, "impressions", MAR_1));
		assertEquals(2, value(x, "posts", MAR_2));
		assertEquals(52, value(x, "likes", LocalDate.of(2026, 3, 13)));
	}

	@Test
	void facebookPageInsightsSkipsTheDescriptionRow() throws Exception {
		ImportReport report = importFiles("facebook:acmegardens", ImportOptions.defaults(), "meta-page-insights.csv");
		ChannelAccount facebook = channel("facebook:acmegardens");
		assertEquals(12480, value(facebook, "followers", MAR_1), "quoted thousands separator");
		assertEquals(4388, value(facebook, "reach", MAR_2));
		assertEquals(6118, value(facebook, "impressions", MAR_3));
		assertEquals(251, value(facebook, "engagements", MAR_2));
		assertTrue(Double.isNaN(value(facebook, "clicks", MAR_3)), "an empty cell is no value, not zero");
		assertEquals(3, report.rows());
		assertTrue(report.notes().stream().anyMatch(n -> n.contains("column descriptions")), report.notes().toString());
	}

	@Test
	void instagramContentExportUsesPublishTimeNotTheLifetimeColumn() throws Exception {
		ImportReport report = importFiles("instagram:acme.gardens", ImportOptions.defaults(), "meta-content-instagram.csv");
		assertEquals("Meta Business Suite content export (per post)", report.formats().values().iterator().next());
		ChannelAccount instagram = channel("instagram:acme.gardens");
		assertEquals(3410 + 8870, value(instagram, "impressions", MAR_2));
		assertEquals(211 + 502, value(instagram, "likes", MAR_2));
		assertEquals(9640, value(instagram, "video_views", MAR_2));
		assertEquals(2, value(instagram, "posts", MAR_2));
		assertEquals(1, value(instagram, "posts", LocalDate.of(2026, 3, 4)));
	}

	@Test
	void metaBusinessSuiteMetricFileTakesItsFieldFromTheTitle() throws Exception {
		importFiles("facebook", ImportOptions.defaults(), "meta-metric-reach.csv");
		ChannelAccount facebook = channel("facebook:");
		assertEquals(4120, value(facebook, "reach", MAR_1));
		assertEquals(3907, value(facebook, "reach", MAR_3));
	}

	@Test
	void linkedInContentAndFollowers() throws Exception {
		importFiles("linkedin:acme-gardens", ImportOptions.defaults(), "linkedin-content.csv",
				"linkedin-followers.csv");
		ChannelAccount linkedin = channel("linkedin:acme-gardens");
		assertEquals(3104, value(linkedin, "impressions", MAR_2), "total, not organic");
		assertEquals(1211, value(linkedin, "reach", MAR_2));
		assertEquals(100, value(linkedin, "likes", MAR_2));
		assertEquals(6, value(linkedin, "shares", MAR_2));
		assertEquals(23, value(linkedin, "new_followers", MAR_2));
		assertEquals(8, value(linkedin, "new_followers", LocalDate.of(2026, 3, 15)));
	}

	@Test
	void ga4KeepsOnlyTheChannelsTrafficSources() throws Exception {
		ImportReport report = importFiles("facebook:acmegardens", ImportOptions.defaults(), "ga4-traffic-by-source.csv");
		ChannelAccount facebook = channel("facebook:acmegardens");
		assertEquals(96 + 41, value(facebook, "sessions", MAR_1));
		assertEquals(3 + 1, value(facebook, "conversions", MAR_1));
		assertEquals(189.9 + 45, value(facebook, "revenue", MAR_1), 1e-9);
		assertEquals(130, value(facebook, "sessions", MAR_2));
		assertEquals(310.25, value(facebook, "revenue", MAR_2));
		assertTrue(report.notes().stream().anyMatch(n -> n.contains("3 rows of other traffic sources")),
				report.notes().toString());
	}

	@Test
	void ga4WithoutChannelIsRefused() {
		ImportException refused = assertThrows(ImportException.class,
				() -> importFiles(null, ImportOptions.defaults(), "ga4-traffic-by-source.csv"));
		assertTrue(refused.getMessage().contains("--channel"), refused.getMessage());
	}

	@Test
	void mentionsAreAddedOnceAndCaseInsensitive() throws Exception {
		ImportReport first = importFiles(null, ImportOptions.defaults(), "mentions.csv");
		assertEquals(5, first.mentionsAdded());
		MentionLog log = client().getMentions();
		assertEquals(5, log.size());
		Mention bloom = log.get(1);
		assertEquals("new range; Bloom", bloom.topic(), "quoted delimiter inside a cell");
		assertEquals(48900.5, bloom.reach(), "decimal comma with thousands dot");
		assertEquals(Platform.INSTAGRAM, bloom.platform());
		Mention twitter = log.get(3);
		assertEquals(Platform.X, twitter.platform(), "Twitter is X");
		assertEquals(Sentiment.NEGATIVE, twitter.sentiment());
		assertEquals("NL", twitter.country());
		assertEquals(1250, log.get(0).reach());
		assertEquals(Sentiment.NEUTRAL, log.get(2).sentiment());
		assertTrue(Double.isNaN(log.get(2).reach()), "empty reach is unknown, not zero");
		assertEquals("GreenThumb", log.get(2).brand());

		ImportReport again = importFiles(null, ImportOptions.defaults(), "mentions.csv");
		assertEquals(0, again.mentionsAdded());
		assertEquals(5, again.mentionsKnown());
		assertEquals(5, client().getMentions().size(), "two equal rows are two mentions, but only once");
	}

	@Test
	void europeanWideFileWithBomCrlfSemicolonsDecimalCommaAndPercent() throws Exception {
		importFiles("linkedin:acme", ImportOptions.defaults(), "generic-wide-eu.csv");
		ChannelAccount channel = channel("linkedin:acme");
		assertEquals(12480, value(channel, "followers", MAR_1), "dot groups thousands");
		assertEquals(125.5, value(channel, "spend", MAR_1), "comma is the decimal separator");
		assertEquals(0.045, value(channel, "engagement_rate", MAR_1), 1e-12, "4,5% is a fraction");
		assertEquals(1234.56, value(channel, "revenue", MAR_2), 1e-9);
		assertEquals(2000, value(channel, "revenue", MAR_3), "quoted number");
		assertEquals(0.5, value(channel, "spend", MAR_3));
		assertTrue(Double.isNaN(value(channel, "impressions", MAR_3)), "empty cell");
		assertTrue(Double.isNaN(value(channel, "revenue", MAR_1)), "empty last cell");
	}

	@Test
	void utf16WithByteOrderMarkAndTabsIsRead() throws Exception {
		Files.createDirectories(files);
		Path file = files.resolve("excel-unicode.txt");
		byte[] text = "date\tlikes\n2026-03-01\t1\u00A0234\n".getBytes(StandardCharsets.UTF_16LE);
		byte[] bytes = new byte[text.length + 2];
		bytes[0] = (byte) 0xFF;
		bytes[1] = (byte) 0xFE;
		System.arraycopy(text, 0, bytes, 2, text.length);
		Files.write(file, bytes);
		run("x:acme", ImportOptions.defaults(), file);
		assertEquals(1234, value(channel("x:acme"), "likes", MAR_1), "no-break space groups thousands");
	}

	@Test
	void ambiguousDatesNeedADateFormat() throws Exception {
		ImportException refused = assertThrows(ImportException.class,
				() -> importFiles("x:acme", ImportOptions.defaults(), "generic-wide-ambiguous.tsv"));
		ImportProblem problem = refused.problems().get(0);
		assertEquals(1, problem.line());
		assertEquals("date", problem.columnName());
		assertTrue(problem.reason().contains("--date-format"), problem.reason());

		importFiles("x:acme", new ImportOptions(ImportFormat.AUTO, "dd/MM/yyyy", false, false),
				"generic-wide-ambiguous.tsv");
		assertEquals(12, value(channel("x:acme"), "likes", LocalDate.of(2026, 4, 3)), "day first as asked");
	}

	@Test
	void badRowsAreAllReportedAndNothingIsImported() throws Exception {
		Path clientFile = workspace.resolve("clients/acme.xmi");
		byte[] before = Files.readAllBytes(clientFile);
		ImportException refused = assertThrows(ImportException.class,
				() -> importFiles("x:acme", ImportOptions.defaults(), "bad-rows.csv"));

		List<ImportProblem> problems = refused.problems();
		assertEquals(3, problems.size(), refused.getMessage());
		assertProblem(problems.get(0), 3, 2, "likes", "\"twelve\" is not a number");
		assertProblem(problems.get(1), 4, 1, "date", "\"2026-02-30\" is not a valid date");
		assertProblem(problems.get(2), 5, 0, null, "the row has 4 cells but the header has 3");
		assertTrue(problems.get(0).toString().startsWith(files.resolve("bad-rows.csv") + ":3: column 2 (likes): "),
				problems.get(0).toString());
		assertArrayEquals(before, Files.readAllBytes(clientFile), "workspace unchanged");
		assertTrue(PortfolioStore.open(workspace, null).client("acme").orElseThrow().getChannels().isEmpty());
	}

	@Test
	void skipBadRowsImportsTheGoodOnesAndListsTheRest() throws Exception {
		ImportReport report = importFiles("x:acme", new ImportOptions(ImportFormat.AUTO, null, true, false),
				"bad-rows.csv");
		assertEquals(3, report.skipped().size());
		ChannelAccount x = channel("x:acme");
		assertEquals(12, value(x, "likes", MAR_1));
		assertEquals(9, value(x, "likes", LocalDate.of(2026, 3, 5)));
		assertTrue(Double.isNaN(value(x, "comments", LocalDate.of(2026, 3, 5))));
		assertTrue(Double.isNaN(value(x, "comments", MAR_2)), "a bad row is skipped whole");
	}

	@Test
	void importingTheSameFileTwiceChangesNothing() throws Exception {
		importFiles("x:acme", ImportOptions.defaults(), "x-tweet-activity.csv");
		Path clientFile = workspace.resolve("clients/acme.xmi");
		byte[] after = Files.readAllBytes(clientFile);

		ImportReport again = run("x:acme", ImportOptions.defaults(), files.resolve("x-tweet-activity.csv"));
		assertFalse(again.changedAnything());
		assertEquals(0, again.added());
		assertEquals(16, again.unchanged());
		assertArrayEquals(after, Files.readAllBytes(clientFile));
	}

	@Test
	void aDifferentValueForAKnownDayNeedsReplace() throws Exception {
		importFiles("x:acme", ImportOptions.defaults(), "x-account-overview.csv");
		Files.writeString(files.resolve("correction.csv"), "date,impressions\n2026-03-02,2600\n2026-03-14,10\n");

		ImportException refused = assertThrows(ImportException.class,
				() -> run("x:acme", ImportOptions.defaults(), files.resolve("correction.csv")));
		assertTrue(refused.getMessage().contains("impressions on 2026-03-02 is 2500 in the workspace and 2600 here"),
				refused.getMessage());
		assertTrue(Double.isNaN(value(channel("x:acme"), "impressions", LocalDate.of(2026, 3, 14))),
				"all or nothing: the new day was not imported either");

		ImportReport replaced = run("x:acme", new ImportOptions(ImportFormat.AUTO, null, false, true),
				files.resolve("correction.csv"));
		assertEquals(1, replaced.replaced());
		assertEquals(1, replaced.added());
		assertEquals(2600, value(channel("x:acme"), "impressions", MAR_2));
	}

	@Test
	void exportThenImportIntoAnotherClientRoundTrips() throws Exception {
		importFiles("x:acme", ImportOptions.defaults(), "x-tweet-activity.csv");
		importFiles("linkedin:acme-gardens", ImportOptions.defaults(), "generic-wide-eu.csv");
		StringWriter csv = new StringWriter();
		long written = MeasurementCsvExport.write(client(), csv);
		Path exported = files.resolve("acme-export.csv");
		Files.writeString(exported, csv.toString());

		OpenPortfolio open = PortfolioStore.open(workspace, null);
		Client copy = com.socialyst.model.SocialystFactory.eINSTANCE.createClient();
		copy.setId("acme-copy");
		copy.setName("Acme copy");
		open.addClient(copy);
		open.save(null);
		ImportReport report = PlatformDataImporter.run(PortfolioStore.open(workspace, null),
				new ImportRequest("acme-copy", null, List.of(exported), ImportOptions.defaults()), null);
		assertEquals(written, report.added());

		OpenPortfolio reloaded = PortfolioStore.open(workspace, null);
		StringWriter again = new StringWriter();
		MeasurementCsvExport.write(reloaded.client("acme-copy").orElseThrow(), again);
		assertEquals(csv.toString(), again.toString(), "same values, same channels, same text");
		assertTrue(csv.toString().startsWith("date,channel,field,value\n"), csv.toString());
		assertTrue(csv.toString().contains("2026-03-01,linkedin:acme-gardens,engagement_rate,0.045\n"), csv.toString());
	}

	@Test
	void longFileChannelMustAgreeWithTheRequestedChannel() throws Exception {
		ImportException refused = assertThrows(ImportException.class,
				() -> importFiles("x:acme", ImportOptions.defaults(), "generic-long.csv"));
		assertTrue(refused.getMessage().contains("the row is for channel linkedin:acme-gardens but --channel is x:acme"),
				refused.getMessage());
	}

	@Test
	void invalidUtf8IsRefusedWithItsPosition() throws Exception {
		Files.createDirectories(files);
		Path file = files.resolve("latin1.csv");
		Files.write(file, "date,topic\n2026-03-01,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
		ImportException refused = assertThrows(ImportException.class,
				() -> run("x:acme", ImportOptions.defaults(), file));
		assertEquals(2, refused.problems().get(0).line());
		assertTrue(refused.getMessage().contains("not valid UTF-8 text (byte 0xE9"), refused.getMessage());
	}

	@Test
	void unknownLayoutNamesWhatItFound() throws Exception {
		Files.createDirectories(files);
		Path file = files.resolve("mystery.csv");
		Files.writeString(file, "when,how many\n2026-03-01,4\n");
		ImportException refused = assertThrows(ImportException.class,
				() -> run("x:acme", new ImportOptions(ImportFormat.X, null, false, false), file));
		assertTrue(refused.getMessage().contains("not recognised as x data"), refused.getMessage());
		assertTrue(refused.getMessage().contains("'when', 'how many'"), refused.getMessage());
	}

	@Test
	void unterminatedQuoteIsAClearError() throws Exception {
		Files.createDirectories(files);
		Path file = files.resolve("broken.csv");
		Files.writeString(file, "date,likes\n2026-03-01,\"12\n2026-03-02,13\n");
		ImportException refused = assertThrows(ImportException.class,
				() -> run("x:acme", ImportOptions.defaults(), file));
		assertTrue(refused.getMessage().startsWith(file + ": not valid CSV"), refused.getMessage());
	}

	private static void assertProblem(ImportProblem problem, int line, int column, String columnName, String reason) {
		assertEquals(line, problem.line(), problem.toString());
		assertEquals(column, problem.column(), problem.toString());
		assertEquals(columnName, problem.columnName(), problem.toString());
		assertTrue(problem.reason().startsWith(reason), problem.toString());
	}

	private ImportReport importFiles(String channel, ImportOptions options, String... fixtures) throws Exception {
		Path[] paths = new Path[fixtures.length];
		for (int i = 0; i < fixtures.length; i++) {
			Path existing = files.resolve(fixtures[i]);
			paths[i] = Files.exists(existing) ? existing : Fixtures.copy(fixtures[i], files);
		}
		return run(channel, options, paths);
	}

	private ImportReport run(String channel, ImportOptions options, Path... paths) throws Exception {
		// a fresh load each time, as the command line does: what counts is what is on disk
		OpenPortfolio open = PortfolioStore.open(workspace, null);
		return PlatformDataImporter.run(open, new ImportRequest("acme", channel, List.of(paths), options), null);
	}

	private Client client() throws IOException {
		return PortfolioStore.open(workspace, null).client("acme").orElseThrow();
	}

	private ChannelAccount channel(String id) throws IOException {
		Map<String, ChannelAccount> byId = new java.util.HashMap<>();
		client().getChannels().forEach(c -> byId.put(c.getId(), c));
		ChannelAccount channel = byId.get(id);
		if (channel == null) {
			throw new AssertionError("no channel " + id + " in " + byId.keySet());
		}
		return channel;
	}

	private static double value(ChannelAccount channel, String field, LocalDate date) {
		return channel.getSeries().stream().filter(s -> field.equals(s.getField())).findFirst()
				.map(s -> s.valueAt(date)).orElse(Double.NaN);
	}
}
