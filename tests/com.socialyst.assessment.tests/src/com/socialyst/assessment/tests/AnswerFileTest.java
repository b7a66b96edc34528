package com.socialyst.assessment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.socialyst.assessment.AnswerFile;
import com.socialyst.assessment.AnswerFileException;
import com.socialyst.assessment.AnswerSet;
import com.socialyst.assessment.Assessments;
import com.socialyst.maturity.MaturityModel;
import com.socialyst.model.Client;
import com.socialyst.model.Industry;

class AnswerFileTest {

	@TempDir
	Path folder;

	private final MaturityModel model = Models.small();

	@Test
	void csvWithDateCommentsQuotesAndSemicolons() throws Exception {
		AnswerSet answers = read("answers.csv", "\uFEFFdate;2026-11-20\nquestion;level;comment\na1;4;\"great; really\"\nb2 ; 0 ;\n");
		assertEquals(LocalDate.of(2026, 11, 20), answers.date());
		assertEquals(List.of(new AnswerSet.Entry("a1", 4, "great; really"), new AnswerSet.Entry("b2", 0, null)),
				answers.answers());
	}

	@Test
	void jsonListAndJsonObjectForms() throws Exception {
		AnswerSet list = read("a.json",
				"{\"date\": \"2026-01-31\", \"answers\": [{\"question\": \"a1\", \"level\": 3, \"comment\": \"ok\"},"
						+ " {\"question\": \"b1\", \"level\": \"2\"}]}");
		assertEquals(LocalDate.of(2026, 1, 31), list.date());
		assertEquals(List.of(new AnswerSet.Entry("a1", 3, "ok"), new AnswerSet.Entry("b1", 2, null)), list.answers());

		AnswerSet object = read("b.json", "{\"answers\": {\"a2\": 1, \"b2\": 4.0}}");
		assertNull(object.date());
		assertEquals(List.of(new AnswerSet.Entry("a2", 1, null), new AnswerSet.Entry("b2", 4, null)), object.answers());
	}

	@Test
	void everyBadCsvRowIsReportedWithLineAndColumn() throws IOException {
		Path file = write("bad.csv", "question,level\na1,4\nzz,2\na2,5\nb1,two\na1,3\nb2,1.5\n,2\n");
		AnswerFileException e = assertThrows(AnswerFileException.class, () -> AnswerFile.read(file, model));
		assertEquals(List.of(
				file + ":3: column 'question': unknown question id 'zz' (model small 1.0 has no such question)",
				file + ":4: column 'level': level '5' is out of range: use a whole number from 0 to 4",
				file + ":5: column 'level': level 'two' is not a number: use a whole number from 0 to 4",
				file + ":6: column 'question': question 'a1' is already answered at line 2",
				file + ":7: column 'level': level '1.5' is out of range: use a whole number from 0 to 4",
				file + ":8: column 'question': missing question id"), e.problems());
	}

	@Test
	void badJsonEntriesAreReportedByPosition() throws IOException {
		Path file = write("bad.json", "{\"answers\": [{\"question\": \"a1\", \"level\": -1}, {\"question\": \"nope\", \"level\": 1},"
				+ " 7, {\"question\": \"b1\"}]}");
		AnswerFileException e = assertThrows(AnswerFileException.class, () -> AnswerFile.read(file, model));
		assertEquals(List.of(
				file + ": answers[0]: level: level '-1' is out of range: use a whole number from 0 to 4",
				file + ": answers[1]: question: unknown question id 'nope' (model small 1.0 has no such question)",
				file + ": answers[2]: must be an object with 'question' and 'level'",
				file + ": answers[3]: level: missing level"), e.problems());
	}

	@Test
	void unusableFilesSayWhy() throws IOException {
		assertProblem("empty.csv", "  \n", ": the file is empty");
		assertProblem("header.csv", "id;score\na1;3\n", ":1: the header must name the columns 'question' and 'level' (found: id, score)");
		assertProblem("broken.json", "{\"answers\": [", ": not valid JSON: ");
		assertProblem("date.json", "{\"date\": \"20/11/2026\", \"answers\": {\"a1\": 1}}", ": date: '20/11/2026' is not a date (use yyyy-MM-dd)");
		assertProblem("none.csv", "question,level\n", ": no answers in the file");
		Path latin1 = folder.resolve("latin1.csv");
		Files.write(latin1, "question,level,comment\na1,2,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
		assertEquals(List.of(latin1 + ": not UTF-8 text"),
				assertThrows(AnswerFileException.class, () -> AnswerFile.read(latin1, model)).problems());
	}

	@Test
	void recordingAddsAnAssessmentAndASecondOnTheSameDayReplacesIt() throws Exception {
		Client client = Models.client("acme", Industry.RETAIL);
		LocalDate day = LocalDate.of(2026, 11, 20);
		Assessments.record(client, model, read("1.csv", "question,level\na1,1\n"), LocalDate.of(2026, 5, 1));
		Assessments.record(client, model, read("2.csv", "question,level\na1,2\n"), day);
		Assessments.record(client, model, read("3.csv", "question,level\na1,3\nb1,0\n"), day);
		assertEquals(2, client.getAssessments().size());
		assertEquals(day, client.getAssessments().get(1).getDate());
		assertEquals("1.0", client.getAssessments().get(1).getModelVersion());
		assertEquals(List.of(3, 0), client.getAssessments().get(1).getAnswers().stream().map(a -> a.getLevel()).toList());
	}

	private void assertProblem(String name, String content, String expectedAfterFile) throws IOException {
		Path file = write(name, content);
		AnswerFileException e = assertThrows(AnswerFileException.class, () -> AnswerFile.read(file, model));
		assertEquals(1, e.problems().size(), e.problems().toString());
		String problem = e.problems().get(0);
		assertEquals(file + expectedAfterFile, problem.substring(0, Math.min(problem.length(), (file + expectedAfterFile).length())));
	}

	private AnswerSet read(String name, String content) throws Exception {
		return AnswerFile.read(write(name, content), model);
	}

	private Path write(String name, String content) throws IOException {
		Path file = folder.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}
}
