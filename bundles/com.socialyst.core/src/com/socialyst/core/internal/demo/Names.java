package com.socialyst.core.internal.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.socialyst.model.Industry;
import com.socialyst.model.Platform;

/**
 * Invented names in the five report languages: clients, competitors and people, plus the slugs, handles and e-mail
 * addresses made from them. Every organisation is {@code stem + industry word} (e.g. "Northwind Bank", "Fundacja
 * Jantar"); mail goes to the reserved {@code .example} domain, so nothing here reaches a real address.
 * <p>
 * Serbian names are made in Latin script; {@link #cyrillic(String)} transliterates them for sr-Cyrl clients, and
 * ids, handles and addresses always come from the Latin form.
 * </p>
 */
final class Names {

	/** The languages names are made in (sr-Latn and sr-Cyrl share Serbian). */
	enum Language {
		EN(List.of("Northwind", "Bluewater", "Harbourline", "Silverbirch", "Redfern", "Oakridge", "Brightwell", "Copperfield",
				"Lakeshore", "Stonebridge", "Westbrook", "Highgate"),
				List.of("%s Outfitters", "%s Household", "%s Bank", "%s Health", "%s Software", "%s Media", "%s Hotels",
						"%s College", "%s County Council", "%s Advisory", "%s Engineering", "%s Foundation"),
				List.of("Olivia", "James", "Emma", "Liam", "Sophie", "Noah", "Grace", "Ethan", "Chloe", "Daniel", "Aoife", "Conor"),
				List.of("Walsh", "Carter", "Murphy", "Bennett", "Hughes", "Reyes", "Kelly", "Foster", "Byrne", "Patel", "Morgan", "Doyle")),
		NL(List.of("Lindeboom", "Waterland", "Zilverberg", "Eikenhof", "Noorderlicht", "Duinstede", "Polderhof", "Rivierdal",
				"Kempenaar", "Heidebloem", "Meerzicht", "Torenvalk"),
				List.of("%s Mode", "%s Huishoudwaren", "%s Bank", "%s Zorg", "%s Software", "%s Media", "Hotel %s", "Hogeschool %s",
						"Gemeente %s", "%s Adviesgroep", "%s Machinebouw", "Stichting %s"),
				List.of("Sanne", "Daan", "Lotte", "Bram", "Femke", "Joris", "Eline", "Thijs", "Anouk", "Pieter", "Marloes", "Wouter"),
				List.of("de Vries", "Jansen", "Bakker", "Visser", "Smit", "Mertens", "Peeters", "van Dijk", "Claes", "Maes", "de Graaf",
						"Willems")),
		PL(List.of("Wisła", "Bursztyn", "Orlik", "Jantar", "Sokół", "Zorza", "Dąbrowa", "Karpaty", "Mazowsze", "Bałtyk", "Jaskółka",
				"Rozewie"),
				List.of("%s Moda", "%s Kosmetyki", "Bank %s", "Centrum Medyczne %s", "%s Software", "%s Media", "Hotele %s",
						"Akademia %s", "Gmina %s", "Kancelaria %s", "%s Maszyny", "Fundacja %s"),
				List.of("Anna", "Piotr", "Katarzyna", "Tomasz", "Magdalena", "Michał", "Agnieszka", "Paweł", "Joanna", "Krzysztof", "Zofia",
						"Marek"),
				// Surnames without masculine and feminine forms, so any first name fits.
				List.of("Nowak", "Wójcik", "Kaczmarek", "Mazur", "Krawczyk", "Zając", "Król", "Wieczorek", "Pawlak", "Michalak", "Sikora",
						"Baran")),
		ID(List.of("Nusantara", "Cahaya", "Samudra", "Mentari", "Pelangi", "Kencana", "Sentosa", "Lestari", "Harapan", "Cendana",
				"Angkasa", "Selaras"),
				List.of("Toko %s", "%s Pangan", "Bank %s", "Klinik %s", "%s Teknologi", "%s Media", "Hotel %s", "Universitas %s",
						"Pemerintah Kota %s", "%s Konsultan", "%s Manufaktur", "Yayasan %s"),
				List.of("Putri", "Budi", "Siti", "Agus", "Dewi", "Rizky", "Ayu", "Eko", "Rina", "Hendra", "Wulan", "Fajar"),
				List.of("Santoso", "Wijaya", "Kurniawan", "Pratama", "Saputra", "Hidayat", "Nugroho", "Setiawan", "Rahmawati", "Susanto",
						"Halim", "Gunawan")),
		SR(List.of("Dunav", "Morava", "Avala", "Tara", "Sava", "Zlatibor", "Kopaonik", "Fruška", "Rujan", "Javor", "Vlasina", "Golija"),
				List.of("%s Market", "%s Prehrana", "%s Banka", "%s Zdravlje", "%s Softver", "%s Mediji", "Hotel %s", "Akademija %s",
						"Opština %s", "%s Konsalting", "%s Industrija", "Fondacija %s"),
				List.of("Jelena", "Marko", "Milica", "Nikola", "Ana", "Stefan", "Jovana", "Luka", "Ivana", "Miloš", "Tamara", "Nemanja"),
				List.of("Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Stanković", "Pavlović", "Popović",
						"Kostić", "Lukić"));

		final List<String> stems;

		/** Organisation name patterns by {@link Industry} value; {@code %s} is the stem. */
		final List<String> patterns;

		final List<String> firstNames;

		final List<String> lastNames;

		Language(List<String> stems, List<String> patterns, List<String> firstNames, List<String> lastNames) {
			this.stems = stems;
			this.patterns = patterns;
			this.firstNames = firstNames;
			this.lastNames = lastNames;
		}
	}

	/**
	 * Who a client is.
	 *
	 * @param id the client id: a slug, unique in the portfolio by construction (see {@link Names#identity})
	 * @param name the display name, in Cyrillic for sr-Cyrl clients
	 * @param competitors display names of two or three invented competitors
	 */
	record Identity(String id, String name, List<String> competitors) {

		/** A mail domain under the reserved {@code .example} top-level domain. */
		String domain() {
			return id + ".example";
		}
	}

	/** A person: the display name (Cyrillic for sr-Cyrl clients) and a made-up address at the client's domain. */
	record Person(String name, String email) {
	}

	/** Serbian Latin to Cyrillic: the digraphs first, so that "lj" becomes "љ" and not "лј". */
	private static final Map<String, String> DIGRAPHS = Map.of("Lj", "Љ", "LJ", "Љ", "lj", "љ", "Nj", "Њ", "NJ", "Њ", "nj", "њ", "Dž", "Џ",
			"DŽ", "Џ", "dž", "џ");

	private static final String LATIN = "AaBbVvGgDdĐđEeŽžZzIiJjKkLlMmNnOoPpRrSsTtĆćUuFfHhCcČčŠš";

	private static final String CYRILLIC = "АаБбВвГгДдЂђЕеЖжЗзИиЈјКкЛлМмНнОоПпРрСсТтЋћУуФфХхЦцЧчШш";

	private Names() {
	}

	/**
	 * The identity of client {@code index}. Slot {@code index % 12} fixes industry and market, so two clients of
	 * the same slot differ in stem ({@code index / 12} walks through the stems); once the stems are used up a
	 * number is appended ("Northwind Bank 2", id {@code northwind-bank-2}). Different slots have different
	 * industries, hence different name patterns, so ids cannot collide; nothing depends on other clients, so
	 * client k keeps its name whatever the size of the portfolio.
	 */
	static Identity identity(int index, Industry industry, Market market, Draw draw) {
		Language language = market.language;
		int slot = index % ClientSlot.COUNT;
		int round = index / ClientSlot.COUNT;
		int stems = language.stems.size();
		// Offsetting by slot gives the clients of one language different stems already in the first round.
		int stem = (slot * 5 + round) % stems;
		int cycle = round / stems;
		String pattern = language.patterns.get(industry.getValue());
		String base = String.format(Locale.ROOT, pattern, language.stems.get(stem));
		String latinName = cycle == 0 ? base : base + " " + (cycle + 1);
		String id = cycle == 0 ? slug(base) : slug(base) + "-" + (cycle + 1);

		List<Integer> others = new ArrayList<>();
		for (int i = 0; i < stems; i++) {
			if (i != stem) {
				others.add(i);
			}
		}
		int count = draw.between(2, 3);
		List<String> competitors = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int pick = others.remove(draw.between(0, others.size() - 1));
			competitors.add(display(String.format(Locale.ROOT, pattern, language.stems.get(pick)), market));
		}
		return new Identity(id, display(latinName, market), List.copyOf(competitors));
	}

	/** A person of the client's language, with an address at {@code domain}. */
	static Person person(Market market, String domain, Draw draw) {
		String first = draw.pick(market.language.firstNames);
		String last = draw.pick(market.language.lastNames);
		return new Person(display(first + " " + last, market), slug(first) + "." + slug(last).replace("-", "") + "@" + domain);
	}

	/** {@code latin} as clients of {@code market} write it. */
	static String display(String latin, Market market) {
		return market.cyrillic() ? cyrillic(latin) : latin;
	}

	/**
	 * The account handle of the client {@code id} on {@code platform}, spelled as the platform allows: X has
	 * underscores and at most 15 characters, Instagram and TikTok dots, Facebook, YouTube and Pinterest neither.
	 */
	static String handle(String id, Platform platform) {
		return switch (platform) {
			case X -> {
				String handle = id.replace('-', '_');
				handle = handle.length() > 15 ? handle.substring(0, 15) : handle;
				yield handle.endsWith("_") ? handle.substring(0, handle.length() - 1) : handle;
			}
			case INSTAGRAM, TIKTOK -> id.replace('-', '.');
			case FACEBOOK, YOUTUBE, PINTEREST -> id.replace("-", "");
			case BLOG -> "blog." + id + ".example";
			default -> id;
		};
	}

	/** Lowercase a-z, 0-9 and single hyphens: accents dropped, ł, đ and ß spelled out. */
	static String slug(String text) {
		String ascii = text.replace("ł", "l").replace("Ł", "L").replace("đ", "dj").replace("Đ", "Dj").replace("ß", "ss");
		ascii = Normalizer.normalize(ascii, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
	}

	/** Serbian Latin script to Cyrillic; other characters are kept. */
	static String cyrillic(String latin) {
		StringBuilder out = new StringBuilder(latin.length());
		for (int i = 0; i < latin.length(); i++) {
			if (i + 1 < latin.length()) {
				String digraph = DIGRAPHS.get(latin.substring(i, i + 2));
				if (digraph != null) {
					out.append(digraph);
					i++;
					continue;
				}
			}
			char c = latin.charAt(i);
			int at = LATIN.indexOf(c);
			out.append(at < 0 ? c : CYRILLIC.charAt(at));
		}
		return out.toString();
	}
}
