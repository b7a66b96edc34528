package com.socialyst.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.socialyst.core.demo.DemoPortfolio;
import com.socialyst.model.Client;
import com.socialyst.report.BatchResult;
import com.socialyst.ui.internal.preview.ReportPreviewEditor;
import com.socialyst.ui.internal.session.PortfolioSession;
import com.socialyst.ui.internal.wizards.reports.GenerateReportsWizard;
import com.socialyst.ui.internal.wizards.reports.ReportJob;
import com.socialyst.ui.internal.wizards.reports.ReportSummaryDialog;
import com.socialyst.ui.testing.ScreenshotOnFailure;
import com.socialyst.ui.testing.Screenshots;
import com.socialyst.ui.testing.UiBot;

/**
 * Generate Reports, end to end: the wizard opened on a selected client, Finish writes the PDF in a job through the
 * code the command line uses, the summary says so, and the preview shows its pages inside the workbench.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ReportWizardTest {

	/** The first report starts the BIRT engine: allow for a slow machine. */
	private static final Duration REPORT_TIMEOUT = Duration.ofMinutes(5);

	private final UiBot bot = new UiBot().withTimeout(Duration.ofSeconds(30));
	private final UiBot slow = bot.withTimeout(Duration.ofSeconds(120));

	@Test
	void writesTheSelectedClientsPdfAndPreviewsIt() throws Exception {
		// Two clients with data through 2026-09-30, so 2026-Q3 is a complete quarter with figures.
		Path folder = TestPortfolios.demo(new DemoPortfolio.Options(2, 400, 42, DemoPortfolio.Options.DEFAULT_END_DATE));
		TestPortfolios.open(bot, folder);
		Client client = bot.syncCall(() -> PortfolioSession.get().portfolio().clients().get(0));
		String clientId = bot.syncCall(client::getId);

		WizardDialog dialog = bot.syncCall(() -> GenerateReportsWizard.open(
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), new StructuredSelection(client)));
		Shell shell = bot.syncCall(dialog::getShell);
		GenerateReportsWizard wizard = bot.syncCall(() -> (GenerateReportsWizard) dialog.getCurrentPage().getWizard());

		Table clients = bot.byId(Table.class, GenerateReportsWizard.CLIENTS_ID);
		assertEquals(List.of(clientId), bot.syncCall(() -> Arrays.stream(clients.getItems())
				.filter(TableItem::getChecked).map(item -> item.getText(1)).toList()), "the selected client is checked");
		assertEquals(2, bot.syncCall(clients::getItemCount), "every client is listed");

		Combo kind = bot.byId(Combo.class, GenerateReportsWizard.KIND_ID);
		bot.select(kind, com.socialyst.ui.internal.wizards.reports.Messages.kindPortfolio);
		assertFalse(bot.syncCall(clients::isEnabled), "no clients to choose for the portfolio overview");
		bot.select(kind, com.socialyst.ui.internal.wizards.reports.Messages.kindClient);
		assertTrue(bot.syncCall(clients::isEnabled));

		Combo period = bot.byId(Combo.class, GenerateReportsWizard.PERIOD_ID);
		bot.syncRun(() -> period.setText("2026-Q3"));
		bot.select(bot.byId(Combo.class, GenerateReportsWizard.FORMAT_ID),
				com.socialyst.ui.internal.wizards.reports.Messages.formatPdf);
		Path out = folder.resolve("test-reports");
		bot.type(bot.byId(Text.class, GenerateReportsWizard.FOLDER_ID), out.toString());

		Button finish = bot.button(shell, "Finish");
		bot.waitUntil("Finish enabled", () -> bot.syncCall(finish::isEnabled));
		Screenshots.save(bot, "generate-reports-wizard");
		bot.click(finish);
		bot.waitUntilGone(shell, "the Generate Reports wizard");

		ReportJob job = bot.syncCall(wizard::job);
		assertNotNull(job, "Finish started the report job");
		assertTrue(job.join(REPORT_TIMEOUT.toMillis(), null), "the report job ends within " + REPORT_TIMEOUT);
		BatchResult result = job.result();
		assertNotNull(result, "the job ran the batch: " + job.getResult());
		assertEquals(List.of(), result.failed(), "no report failed");
		Path pdf = out.resolve(clientId + "_client_2026-Q3.pdf");
		assertTrue(Files.isRegularFile(pdf), pdf + " written");
		byte[] head = Arrays.copyOf(Files.readAllBytes(pdf), 5);
		assertEquals("%PDF-", new String(head, java.nio.charset.StandardCharsets.US_ASCII));
		assertEquals(List.of(pdf.getFileName()), result.written().stream().map(Path::getFileName).toList());

		Label headline = slow.byId(Label.class, ReportSummaryDialog.HEADLINE_ID);
		assertEquals(NLS.bind(com.socialyst.ui.internal.wizards.reports.Messages.summaryHeadline, 1, 0),
				bot.text(headline));
		Screenshots.save(bot, "generate-reports-summary");
		bot.click(bot.byId(Button.class, ReportSummaryDialog.PREVIEW_ID));

		slow.waitUntil("the preview editor is active", () -> activePage().getActiveEditor() instanceof ReportPreviewEditor);
		ReportPreviewEditor editor = bot.syncCall(() -> (ReportPreviewEditor) activePage().getActiveEditor());
		assertEquals(pdf.toAbsolutePath().normalize(), editor.file());
		slow.waitUntil("a page image is shown", () -> editor.pagesShown() >= 1);
		Label status = bot.byId(Label.class, ReportPreviewEditor.STATUS_ID);
		Pattern count = Pattern.compile("(\\d+)");
		slow.waitUntil("every page is drawn", () -> {
			Matcher matcher = count.matcher(status.getText());
			return matcher.find() && editor.pagesShown() == Integer.parseInt(matcher.group(1));
		});
		int pages = bot.syncCall(editor::pagesShown);
		assertTrue(pages >= 1, pages + " pages");
		assertEquals(NLS.bind(com.socialyst.ui.internal.preview.Messages.statusPageCount, pages), bot.text(status));

		Composite pageArea = bot.byId(Composite.class, ReportPreviewEditor.PAGES_ID);
		assertTrue(bot.isShowing(pageArea), "the pages are visible");
		List<Label> pageLabels = bot.findAll(Label.class, UiBot.withId(ReportPreviewEditor.PAGE_ID));
		assertEquals(pages, pageLabels.size());
		int width = bot.syncCall(() -> pageLabels.get(0).getImage().getBounds().width);
		assertTrue(width > 200, "the first page is drawn " + width + " pixels wide");
		Screenshots.save(bot, "report-preview");
	}

	private static IWorkbenchPage activePage() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
