package com.socialyst.core.internal.demo;

import java.time.LocalDate;

import com.socialyst.model.Client;
import com.socialyst.model.Commentary;
import com.socialyst.model.SocialystFactory;

/**
 * The consultant's commentary on the demo's last quarter, in the client's report language: approved for every other
 * client, a draft for the rest, so that reports show both the final and the review-before-send case.
 */
final class CommentaryWriter {

	private CommentaryWriter() {
	}

	/** The last quarter that ends on or before {@code end}, as a report period label (2026-Q3). */
	static String lastQuarter(LocalDate end) {
		LocalDate next = end.plusDays(1);
		int quarter = (end.getMonthValue() - 1) / 3 + 1;
		boolean endsQuarter = next.getMonthValue() != end.getMonthValue() && end.getMonthValue() % 3 == 0;
		if (endsQuarter) {
			return end.getYear() + "-Q" + quarter;
		}
		return quarter == 1 ? (end.getYear() - 1) + "-Q4" : end.getYear() + "-Q" + (quarter - 1);
	}

	static void add(Client client, Market market, String consultant, int index, LocalDate end) {
		Commentary commentary = SocialystFactory.eINSTANCE.createCommentary();
		commentary.setPeriod(lastQuarter(end));
		commentary.setAuthor(consultant);
		commentary.setDate(end.plusDays(7));
		commentary.setApproved(index % 2 == 0);
		commentary.setText(text(market, client.getName()));
		client.getCommentaries().add(commentary);
	}

	private static String text(Market market, String name) {
		return switch (market.locale) {
			case NL -> "Dit kwartaal heeft " + name + " de basis gelegd voor meetbare resultaten. We raden aan om de "
					+ "conversies per kanaal te blijven volgen en de inzet te richten op de kanalen die klanten opleveren.";
			case PL -> "W tym kwartale " + name + " położyła podstawy pod mierzalne wyniki. Zalecamy dalsze śledzenie "
					+ "konwersji w każdym kanale i skupienie wysiłków na kanałach, które przynoszą klientów.";
			case ID -> "Pada kuartal ini " + name + " telah meletakkan dasar untuk hasil yang terukur. Kami menyarankan "
					+ "untuk terus melacak konversi per kanal dan memusatkan upaya pada kanal yang menghasilkan pelanggan.";
			case SR_LATN -> "U ovom kvartalu " + name + " je postavio osnovu za merljive rezultate. Preporučujemo da "
					+ "nastavite da pratite konverzije po kanalu i da usmerite napore na kanale koji donose kupce.";
			case SR_CYRL -> "У овом кварталу " + name + " је поставио основу за мерљиве резултате. Препоручујемо да "
					+ "наставите да пратите конверзије по каналу и да усмерите напоре на канале који доносе купце.";
			default -> "This quarter " + name + " laid the groundwork for measurable results. We recommend that you "
					+ "keep tracking conversions per channel and focus effort on the channels that bring customers.";
		};
	}
}
