package com.socialyst.assessment;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.socialyst.maturity.MaturityModel;
import com.socialyst.maturity.Question;

/**
 * Reads the answers of an assessment from a file and checks each one against the model, collecting every problem
 * before failing. Two formats, told apart by the file's first character:
 * <ul>
 * <li>CSV (comma or semicolon) with a header naming the columns {@code question} and {@code level} and, optionally,
 * {@code comment}; a line {@code date,2026-11-20} before the header may give the assessment day;</li>
 * <li>JSON: {@code {"date": "2026-11-20", "answers": [{"question": "...", "level": 3, "comment": "..."}]}} or, shorter,
 * {@code {"answers": {"<question id>": 3, ...}}}.</li>
 * </ul>
 * Questions the file leaves out are allowed (they show as unanswered); unknown question ids, levels that are not
 * whole numbers in 0..maxLevel and questions answered twice are errors.
 */
public final class AnswerFile {

	private final Path file;
	private final MaturityModel model;
	private final Map<String, Question> questions = new HashMap<>();
	private final Map<String, String> answeredAt = new HashMap<>();
	private final List<String> problems = new ArrayList<>();
	private final List<AnswerSet.Entry> answers = new ArrayList<>();
	private LocalDate date;

	private AnswerFile(Path file, MaturityModel model) {
		this.file = file;
		this.model = model;
		model.getDimensions().forEach(d -> d.getQuestions().forEach(q -> questions.put(q.getId(), q)));
	}

	public static AnswerSet read(Path file, MaturityModel model) throws AnswerFileException, IOException {
		return new AnswerFile(file, model).read();
	}

	private AnswerSet read() throws AnswerFileException, IOException {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
		} catch (CharacterCodingException e) {
			throw new AnswerFileException(List.of(file + ": not UTF-8 text"));
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		String start = text.stripLeading();
		if (start.isEmpty()) {
			throw new AnswerFileException(List.of(file + ": the file is empty"));
		}
		if (start.startsWith("{") || start.startsWith("[")) {
			readJson(text);
		} else {
			readCsv(text);
		}
		if (problems.isEmpty() && answers.isEmpty()) {
			problems.add(file + ": no answers in the file");
		}
		if (!problems.isEmpty()) {
			throw new AnswerFileException(problems);
		}
		return new AnswerSet(date, answers);
	}

	private void readCsv(String text) throws IOException {
		String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
		char delimiter = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
				.setIgnoreSurroundingSpaces(true).build();
		int questionColumn = -1;
		int levelColumn = -1;
		int commentColumn = -1;
		try (Reader reader = new java.io.StringReader(text); CSVParser parser = format.parse(reader)) {
			for (CSVRecord record : parser) {
				String where = file + ":" + parser.getCurrentLineNumber();
				if (questionColumn < 0) {
					if (record.size() >= 2 && record.get(0).equalsIgnoreCase("date")) {
						date = date(record.get(1), where + ": date");
						continue;
					}
					for (int i = 0; i < record.size(); i++) {
						switch (record.get(i).trim().toLowerCase(Locale.ROOT)) {
						case "question", "question_id", "id" -> questionColumn = i;
						case "level", "answer" -> levelColumn = i;
						case "comment" -> commentColumn = i;
						default -> {
						}
						}
					}
					if (questionColumn < 0 || levelColumn < 0) {
						problems.add(where + ": the header must name the columns 'question' and 'level' (found: "
								+ String.join(", ", record.toList()) + ")");
						return;
					}
					continue;
				}
				String question = field(record, questionColumn);
				String level = field(record, levelColumn);
				String comment = commentColumn < 0 ? null : field(record, commentColumn);
				add(where, "line " + parser.getCurrentLineNumber(), "column 'question'", "column 'level'", question, level,
						comment);
			}
		} catch (IllegalStateException | java.io.UncheckedIOException e) {
			problems.add(file + ": not a readable CSV file: " + e.getMessage());
		}
	}

	private static String field(CSVRecord record, int column) {
		return column < record.size() ? record.get(column).trim() : "";
	}

	private void readJson(String text) {
		JsonElement root;
		try {
			root = JsonParser.parseString(text);
		} catch (JsonParseException e) {
			problems.add(file + ": not valid JSON: " + e.getMessage());
			return;
		}
		JsonElement list = root;
		if (root.isJsonObject()) {
			JsonObject object = root.getAsJsonObject();
			if (object.has("date")) {
				date = object.get("date").isJsonPrimitive() ? date(object.get("date").getAsString(), file + ": date")
						: null;
			}
			list = object.get("answers");
		}
		if (list == null) {
			problems.add(file + ": no 'answers' member");
		} else if (list.isJsonObject()) {
			for (Map.Entry<String, JsonElement> entry : list.getAsJsonObject().entrySet()) {
				String where = file + ": answers." + entry.getKey();
				add(where, "answers." + entry.getKey(), "question id", "level", entry.getKey(), scalar(entry.getValue()),
						null);
			}
		} else if (list.isJsonArray()) {
			JsonArray array = list.getAsJsonArray();
			for (int i = 0; i < array.size(); i++) {
				String where = file + ": answers[" + i + "]";
				if (!array.get(i).isJsonObject()) {
					problems.add(where + ": must be an object with 'question' and 'level'");
					continue;
				}
				JsonObject answer = array.get(i).getAsJsonObject();
				add(where, "answers[" + i + "]", "question", "level", scalar(answer.get("question")),
						scalar(answer.get("level")), scalar(answer.get("comment")));
			}
		} else {
			problems.add(file + ": 'answers' must be a list or an object");
		}
	}

	/** A JSON scalar as text; null for a missing value, JSON null or a structure. */
	private static String scalar(JsonElement element) {
		if (element == null || !element.isJsonPrimitive()) {
			return null;
		}
		JsonPrimitive primitive = element.getAsJsonPrimitive();
		return primitive.getAsString();
	}

	/**
	 * @param where the file and the line or entry, for messages
	 * @param position the line or entry alone, to point back to from a repeated answer
	 */
	private void add(String where, String position, String questionField, String levelField, String question, String level,
			String comment) {
		if (question == null || question.isBlank()) {
			problems.add(where + ": " + questionField + ": missing question id");
			return;
		}
		boolean ok = true;
		if (!questions.containsKey(question)) {
			problems.add(where + ": " + questionField + ": unknown question id '" + question + "' (model "
					+ model.getId() + " " + model.getVersion() + " has no such question)");
			ok = false;
		} else if (answeredAt.containsKey(question)) {
			problems.add(where + ": " + questionField + ": question '" + question + "' is already answered at "
					+ answeredAt.get(question));
			ok = false;
		}
		Integer value = level(where + ": " + levelField, level);
		if (ok && value != null) {
			answeredAt.put(question, position);
			answers.add(new AnswerSet.Entry(question, value, comment == null || comment.isBlank() ? null : comment));
		}
	}

	private Integer level(String where, String text) {
		if (text == null || text.isBlank()) {
			problems.add(where + ": missing level");
			return null;
		}
		try {
			double number = Double.parseDouble(text.trim());
			if (number != Math.rint(number) || number < 0 || number > model.getMaxLevel()) {
				problems.add(where + ": level '" + text + "' is out of range: use a whole number from 0 to "
						+ model.getMaxLevel());
				return null;
			}
			return (int) number;
		} catch (NumberFormatException e) {
			problems.add(where + ": level '" + text + "' is not a number: use a whole number from 0 to "
					+ model.getMaxLevel());
			return null;
		}
	}

	private LocalDate date(String text, String where) {
		try {
			return LocalDate.parse(text.trim());
		} catch (DateTimeParseException e) {
			problems.add(where + ": '" + text + "' is not a date (use yyyy-MM-dd)");
			return null;
		}
	}
}
