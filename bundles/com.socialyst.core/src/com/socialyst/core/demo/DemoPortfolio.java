package com.socialyst.core.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.InternalEList;

import com.socialyst.core.internal.demo.ClientGenerator;
import com.socialyst.core.internal.demo.Consultancy;
import com.socialyst.core.internal.demo.DemoLogos;
import com.socialyst.core.storage.AtomicFiles;
import com.socialyst.core.storage.OpenPortfolio;
import com.socialyst.core.storage.PortfolioStore;
import com.socialyst.model.Client;
import com.socialyst.model.Portfolio;
import com.socialyst.model.SocialystFactory;
import com.socialyst.model.util.SocialystResources;

/**
 * A deterministic demo portfolio of the invented consultancy "Brightline Social" ({@code socialyst demo}): clients
 * with a strategy, KPIs, budgets, initiatives, channel accounts with daily measurements, listening mentions and
 * annotated campaigns. The same {@link Options} always give byte-identical files: there is no current date or time
 * anywhere (the data ends on {@link Options#endDate()}), and client k depends only on the seed, its index, the
 * number of days and the end date, not on the number of clients.
 * <p>
 * Client k is of kind {@code k % 12}; the twelve kinds cover the twelve industries and the six report locales. Five
 * are healthy (growing followers, reach, conversions and revenue); the others show one or two classic causes of weak
 * results, put into the data where a diagnosis can find them, and have flat or declining results:
 * </p>
 * <ul>
 * <li>(a) no executive sponsor: {@code Strategy.executiveSponsor} is null (and there is no steering committee);</li>
 * <li>(b) social confined to marketing: every initiative is run by marketing, every audience is customers;</li>
 * <li>(c) likes-and-follows KPIs: only soft KPIs, on follower growth, applause and engagement;</li>
 * <li>(d) no conversion tracking: no {@code conversions} or {@code revenue} series, no conversion KPI;</li>
 * <li>(e) a tiny budget: a few hundred euros' worth a year, no staff or training line;</li>
 * <li>(f) no strategy for some channels: accounts outside {@code Strategy.channels}, covered by no KPI or
 * initiative.</li>
 * </ul>
 * <table>
 * <caption>The twelve kinds of client, with the names of clients 0 to 11 (names do not depend on the seed)</caption>
 * <tr><th>k % 12</th><th>client</th><th>industry</th><th>country, locale</th><th>size</th><th>profile</th><th>brand</th></tr>
 * <tr><td>0</td><td>Northwind Outfitters</td><td>retail</td><td>US, en</td><td>enterprise</td><td>healthy</td><td>consultancy</td></tr>
 * <tr><td>1</td><td>Duinstede Huishoudwaren</td><td>consumer goods</td><td>NL, nl</td><td>medium</td><td>weak: (c) + (d)</td><td>consultancy</td></tr>
 * <tr><td>2</td><td>Bank Jaskółka</td><td>financial services</td><td>PL, pl</td><td>enterprise</td><td>healthy</td><td>co-brand</td></tr>
 * <tr><td>3</td><td>Silverbirch Health</td><td>healthcare</td><td>IE, en</td><td>medium</td><td>weak: (a)</td><td>consultancy</td></tr>
 * <tr><td>4</td><td>Harapan Teknologi</td><td>technology</td><td>ID, id</td><td>medium</td><td>healthy</td><td>consultancy</td></tr>
 * <tr><td>5</td><td>Morava Mediji</td><td>media and entertainment</td><td>RS, sr-Latn</td><td>medium</td><td>weak: (f)</td><td>consultancy</td></tr>
 * <tr><td>6</td><td>Hotel Polderhof</td><td>travel and hospitality</td><td>BE, nl</td><td>medium</td><td>healthy</td><td>white-label</td></tr>
 * <tr><td>7</td><td>Akademia Rozewie</td><td>education</td><td>PL, pl</td><td>medium</td><td>weak: (a) + (b)</td><td>consultancy</td></tr>
 * <tr><td>8</td><td>Општина Сава (opstina-sava)</td><td>public sector</td><td>RS, sr-Cyrl</td><td>medium</td><td>weak: (d)</td><td>consultancy</td></tr>
 * <tr><td>9</td><td>Stonebridge Advisory</td><td>professional services</td><td>US, en</td><td>small</td><td>healthy</td><td>consultancy</td></tr>
 * <tr><td>10</td><td>Samudra Manufaktur</td><td>manufacturing</td><td>ID, id</td><td>enterprise</td><td>weak: (c)</td><td>consultancy</td></tr>
 * <tr><td>11</td><td>Copperfield Foundation</td><td>non-profit</td><td>IE, en</td><td>small</td><td>weak: (e)</td><td>consultancy</td></tr>
 * </table>
 * <p>
 * Beyond twelve clients the kinds repeat with other names ("… 2", id suffix {@code -2}, once the names of a language
 * are used up). Money is in the currency of the client's country (USD, EUR, PLN, IDR, RSD).
 * </p>
 */
public final class DemoPortfolio {

	private DemoPortfolio() {
	}

	/**
	 * What to generate.
	 *
	 * @param clients how many clients, 1 to {@link #MAX_CLIENTS}
	 * @param days days of daily data per channel, 1 to {@link #MAX_DAYS}
	 * @param seed the random seed: the same seed gives the same portfolio
	 * @param endDate the last day of data (and of each strategy's period); a fixed date, never "today", so that
	 *        the demo is reproducible
	 * @param channels channel accounts per client, 1 to {@link #MAX_CHANNELS}, for benchmarks that need a known
	 *        size; 0 (the default) = 3 to 6, as each client's size and profile warrant
	 */
	public record Options(int clients, int days, long seed, LocalDate endDate, int channels) {

		public static final int DEFAULT_CLIENTS = 12;

		public static final int DEFAULT_DAYS = 730;

		public static final long DEFAULT_SEED = 42;

		public static final LocalDate DEFAULT_END_DATE = LocalDate.of(2026, 9, 30);

		public static final int MAX_CLIENTS = 5000;

		public static final int MAX_DAYS = 3660;

		/** Every industry has this many platforms to choose from. */
		public static final int MAX_CHANNELS = 8;

		public Options {
			if (clients < 1 || clients > MAX_CLIENTS) {
				throw new IllegalArgumentException("clients must be between 1 and " + MAX_CLIENTS + ", is " + clients);
			}
			if (days < 1 || days > MAX_DAYS) {
				throw new IllegalArgumentException("days must be between 1 and " + MAX_DAYS + ", is " + days);
			}
			Objects.requireNonNull(endDate, "endDate");
			if (channels < 0 || channels > MAX_CHANNELS) {
				throw new IllegalArgumentException("channels must be between 0 and " + MAX_CHANNELS + ", is " + channels);
			}
		}

		/** Options with as many channels per client as each client warrants. */
		public Options(int clients, int days, long seed, LocalDate endDate) {
			this(clients, days, seed, endDate, 0);
		}

		/** 12 clients, 730 days ending 2026-09-30, seed 42. */
		public static Options defaults() {
			return new Options(DEFAULT_CLIENTS, DEFAULT_DAYS, DEFAULT_SEED, DEFAULT_END_DATE);
		}

		/** The first day of data. */
		public LocalDate startDate() {
			return endDate.minusDays(days - 1L);
		}
	}

	/**
	 * Writes a demo portfolio into {@code folder}, one client at a time: each client is generated, saved to
	 * {@code clients/<id>.xmi} and dropped from memory before the next, so even {@link Options#MAX_CLIENTS} clients
	 * need the memory of one. {@code portfolio.xmi} is written last.
	 * <p>
	 * Reports one tick per client, with the client's name as sub-task. When the monitor is cancelled the clients
	 * written so far are kept and {@code portfolio.xmi} lists them, so the folder is a valid, smaller portfolio; then
	 * {@link OperationCanceledException} is thrown. After an I/O error the files written so far stay as they are.
	 * </p>
	 *
	 * @param monitor progress and cancellation; may be null
	 * @return the portfolio; its clients are not loaded (proxies) and load on first access, so
	 *         {@link OpenPortfolio#clients()} loads them all: count them with {@code portfolio().getClients().size()}
	 *         (or {@link Options#clients()}), which does not
	 * @throws IOException when {@code folder} holds a portfolio or client files already (the message names the
	 *         file: the demo never overwrites anything), or when a file cannot be written
	 * @throws OperationCanceledException when cancelled
	 */
	public static OpenPortfolio write(Path folder, Options options, IProgressMonitor monitor) throws IOException {
		Objects.requireNonNull(options, "options");
		refuseExisting(folder);
		SubMonitor progress = SubMonitor.convert(monitor, "Writing a demo portfolio of " + options.clients() + " clients",
				options.clients());
		OpenPortfolio open = PortfolioStore.create(folder, Consultancy.PORTFOLIO_NAME);
		Portfolio portfolio = open.portfolio();
		Consultancy.furnish(portfolio);
		DemoLogos.write(folder, portfolio.getBrand());
		Resource portfolioResource = portfolio.eResource();
		try {
			for (int index = 0; index < options.clients(); index++) {
				// split() checks cancellation only every few calls when ticks are small; a demo should stop at once.
				progress.checkCanceled();
				progress.split(1);
				Client client = client(index, options);
				progress.subTask(client.getName());
				DemoLogos.write(folder, client.getBrand());
				writeClient(open, client);
			}
		} catch (OperationCanceledException e) {
			savePortfolio(portfolioResource);
			throw e;
		}
		savePortfolio(portfolioResource);
		return open;
	}

	/**
	 * Client {@code index} of the portfolio {@code options} describe, in memory and in no resource; equal to what
	 * {@link #write} saves for it.
	 */
	public static Client client(int index, Options options) {
		if (index < 0 || index >= options.clients()) {
			throw new IndexOutOfBoundsException("client " + index + " of " + options.clients());
		}
		return ClientGenerator.generate(index, options.seed(), options.days(), options.endDate(), options.channels());
	}

	/**
	 * Saves {@code client} in its own file and leaves only a proxy of it in the portfolio.
	 * <p>
	 * Not {@link OpenPortfolio#addClient}: adding to the portfolio's client list checks for duplicates, and EMF's
	 * check resolves every proxy in the list, which would load all clients written so far back, for every client.
	 * Ids are unique by construction here, so the proxy is added without the check. A fresh proxy rather than the
	 * unloaded client, because an unloaded object keeps its contents (all series) reachable.
	 * </p>
	 */
	private static void writeClient(OpenPortfolio open, Client client) throws IOException {
		Portfolio portfolio = open.portfolio();
		Resource portfolioResource = portfolio.eResource();
		ResourceSet resourceSet = portfolioResource.getResourceSet();
		URI uri = SocialystResources.clientURI(portfolioResource.getURI(), client.getId());
		Resource resource = resourceSet.createResource(uri);
		resource.getContents().add(client);
		open.saveClient(client);
		resource.unload();
		resourceSet.getResources().remove(resource);

		Client proxy = SocialystFactory.eINSTANCE.createClient();
		((InternalEObject) proxy).eSetProxyURI(uri.appendFragment(client.getId()));
		@SuppressWarnings("unchecked")
		InternalEList<Client> clients = (InternalEList<Client>) portfolio.getClients();
		clients.addUnique(proxy);
	}

	/**
	 * Writes {@code portfolio.xmi} alone: {@link OpenPortfolio#save} would load every client to save it too. No
	 * backup: the file replaced is the empty portfolio this demo created a moment ago.
	 */
	private static void savePortfolio(Resource portfolioResource) throws IOException {
		Path file = Path.of(portfolioResource.getURI().toFileString());
		AtomicFiles.write(file, false, out -> portfolioResource.save(out, null));
	}

	private static void refuseExisting(Path folder) throws IOException {
		Path portfolioFile = folder.resolve(SocialystResources.PORTFOLIO_FILE);
		if (Files.exists(portfolioFile)) {
			throw new IOException(portfolioFile + ": a portfolio exists already; the demo never overwrites one");
		}
		Path clients = folder.resolve(SocialystResources.CLIENTS_FOLDER);
		if (Files.isDirectory(clients)) {
			try (Stream<Path> entries = Files.list(clients)) {
				Optional<Path> first = entries.sorted().findFirst();
				if (first.isPresent()) {
					throw new IOException(first.get() + ": the folder holds client files already; the demo never overwrites them");
				}
			}
		}
	}
}
