package com.socialyst.core.tests.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.socialyst.core.storage.AtomicFiles;
import com.socialyst.core.storage.LoadProblem;
import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.core.storage.PortfolioStore;
import com.socialyst.model.ChannelAccount;
import com.socialyst.model.Client;
import com.socialyst.model.Industry;
import com.socialyst.model.MeasurementSeries;
import com.socialyst.model.Platform;
import com.socialyst.model.SocialystFactory;
import com.socialyst.model.util.ModelEquality;

/** Portfolio folders: round trip, atomic saves with backups, and broken client files. */
class PortfolioStoreTest {

	private static final SocialystFactory FACTORY = SocialystFactory.eINSTANCE;

	@TempDir
	Path folder;

	@Test
	void savedPortfolioLoadsEqualInAFreshResourceSet() throws IOException {
		OpenPortfolio created = PortfolioStore.create(folder, "Brightline Social");
		created.addClient(client("acme", "Acme Retail", Industry.RETAIL, new double[] { 100, 101, Double.NaN, 104.5 }));
		created.addClient(client("dunav", "Дунав Софтвер", Industry.TECHNOLOGY, new double[] { 7, 8, 9 }));
		created.save(null);

		OpenPortfolio loaded = PortfolioStore.open(folder, null);
		assertEquals(List.of(), loaded.problems());
		assertEquals("Brightline Social", loaded.portfolio().getName());
		assertEquals(List.of("acme", "dunav"), loaded.clients().stream().map(Client::getId).toList());
		for (Client original : created.clients()) {
			Client copy = loaded.client(original.getId()).orElseThrow();
			assertTrue(ModelEquality.equals(original, copy), "client " + original.getId() + " round-trips");
		}
		MeasurementSeries series = loaded.client("acme").orElseThrow().getChannels().get(0).getSeries().get(0);
		assertEquals(104.5, series.valueAt(LocalDate.of(2026, 1, 4)));
		assertTrue(Double.isNaN(series.valueAt(LocalDate.of(2026, 1, 3))), "a gap stays a gap");
		assertTrue(Files.isRegularFile(folder.resolve("clients/acme.xmi")));
	}

	@Test
	void corruptClientFileIsReportedAndOthersStillLoad() throws IOException {
		OpenPortfolio created = PortfolioStore.create(folder, "P");
		created.addClient(client("good", "Good Co", Industry.EDUCATION, new double[] { 1 }));
		created.addClient(client("bad", "Bad Co", Industry.HEALTHCARE, new double[] { 2 }));
		created.addClient(client("gone", "Gone Co", Industry.NON_PROFIT, new double[] { 3 }));
		created.save(null);
		Path bad = folder.resolve("clients/bad.xmi");
		byte[] corrupt = "<?xml version=\"1.0\"?><socialyst:Client trunca".getBytes(StandardCharsets.UTF_8);
		Files.write(bad, corrupt);
		Files.delete(folder.resolve("clients/gone.xmi"));

		OpenPortfolio loaded = PortfolioStore.open(folder, null);
		assertEquals(List.of("good"), loaded.clients().stream().map(Client::getId).toList());
		assertEquals(2, loaded.problems().size(), loaded.problems().toString());
		LoadProblem badProblem = loaded.problems().get(0);
		assertEquals(bad.toAbsolutePath().normalize(), badProblem.file());
		assertFalse(badProblem.reason().isBlank());
		assertEquals("client file not found", loaded.problems().get(1).reason());

		// Saving what loaded neither rewrites the corrupt file nor drops the broken references.
		loaded.client("good").orElseThrow().setName("Good Company");
		loaded.save(null);
		assertArrayEquals(corrupt, Files.readAllBytes(bad), "corrupt file left exactly as it was");
		String portfolioXmi = Files.readString(folder.resolve("portfolio.xmi"));
		assertTrue(portfolioXmi.contains("clients/bad.xmi#bad"), portfolioXmi);
		assertTrue(portfolioXmi.contains("clients/gone.xmi#gone"), portfolioXmi);
		assertEquals("Good Company", PortfolioStore.open(folder, null).client("good").orElseThrow().getName());
	}

	@Test
	void missingOrCorruptPortfolioFileIsAClearError() throws IOException {
		IOException missing = assertThrows(IOException.class, () -> PortfolioStore.open(folder, null));
		assertTrue(missing.getMessage().contains("portfolio.xmi"), missing.getMessage());
		Files.writeString(folder.resolve("portfolio.xmi"), "not xml at all");
		IOException corrupt = assertThrows(IOException.class, () -> PortfolioStore.open(folder, null));
		assertTrue(corrupt.getMessage().startsWith(folder.resolve("portfolio.xmi").toString()), corrupt.getMessage());
	}

	@Test
	void savingKeepsBackupAndLeavesUnchangedFilesAlone() throws IOException {
		OpenPortfolio open = PortfolioStore.create(folder, "P");
		Client client = open.addClient(client("acme", "Acme v1", Industry.RETAIL, new double[] { 1 }));
		open.save(null);
		Path file = folder.resolve("clients/acme.xmi");
		String first = Files.readString(file);

		client.setName("Acme v2");
		open.saveClient(client);
		assertTrue(Files.readString(file).contains("Acme v2"));
		assertEquals(first, Files.readString(AtomicFiles.backupOf(file)), "previous version kept as .bak");

		FileTime old = FileTime.fromMillis(0);
		Files.setLastModifiedTime(file, old);
		open.save(null);
		assertEquals(old, Files.getLastModifiedTime(file), "unchanged client file not rewritten");
		assertTrue(Files.readString(AtomicFiles.backupOf(file)).contains("Acme v1"), "backup not overwritten");
	}

	@Test
	void creatingOverAnExistingPortfolioFails() throws IOException {
		PortfolioStore.create(folder, "P");
		assertThrows(IOException.class, () -> PortfolioStore.create(folder, "Q"));
		assertEquals("P", PortfolioStore.open(folder, null).portfolio().getName());
	}

	private static Client client(String id, String name, Industry industry, double[] followers) {
		Client client = FACTORY.createClient();
		client.setId(id);
		client.setName(name);
		client.setIndustry(industry);
		ChannelAccount account = FACTORY.createChannelAccount();
		account.setPlatform(Platform.LINKEDIN);
		account.setHandle(id);
		MeasurementSeries series = FACTORY.createMeasurementSeries();
		series.setField("followers");
		series.setStart(LocalDate.of(2026, 1, 1));
		series.setValues(followers);
		account.getSeries().add(series);
		client.getChannels().add(account);
		return client;
	}
}
