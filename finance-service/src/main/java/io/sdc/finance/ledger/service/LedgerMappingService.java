package io.sdc.finance.ledger.service;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.sdc.finance.budget.Budget;
import io.sdc.finance.budget.repository.BudgetRepository;
import io.sdc.finance.contract.Contract;
import io.sdc.finance.contract.repository.ContractRepository;
import io.sdc.finance.ledger.LedgerMapping;
import io.sdc.finance.ledger.MappingRow;
import io.sdc.finance.ledger.MappingRules;
import io.sdc.finance.ledger.repository.LedgerMappingRepository;
import io.sdc.platform.audit.ChangeContext;
import io.sdc.platform.problem.Problem;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import io.sdc.platform.rest.EntityTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Keeps each contract's ledger mapping, versioned: trust finance sends the whole mapping as CSV, and each accepted
 * mapping is the next version, made at the version the sender read ({@code If-Match}). Two at once for the same
 * contract follow one another (the contract's row is locked), so the second is refused as stale (412).
 */
@ApplicationScoped
public class LedgerMappingService {

    /** A version of a contract's mapping with its rows. */
    public record Version(LedgerMapping mapping, List<MappingRow> rows) {
    }

    @Inject
    LedgerMappingRepository mappings;

    @Inject
    ContractRepository contracts;

    @Inject
    BudgetRepository budgets;

    @Inject
    ChangeContext changeContext;

    @Inject
    Clock clock;

    @Transactional
    public Version put(UUID contractId, String ifMatch, InputStream csv) {
        Contract contract = contracts.findByIdOptional(contractId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("contract", contractId));
        LedgerMapping current = mappings.current(contractId).orElse(null);
        if (current != null) {
            EntityTags.requireCurrent("ledger mapping", current.version(), EntityTags.expectedVersion(ifMatch));
        } else if (ifMatch != null && !ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    "The contract has no ledger mapping yet: send its first version without If-Match");
        }
        Set<String> budgetLines = new TreeSet<>();
        budgets.ofContract(contract.id()).forEach(budget -> budget.lines().stream().map(Budget.Line::code).forEach(budgetLines::add));

        List<Problem.Violation> faults = new ArrayList<>();
        List<List<String>> cells = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        String sha256 = read(csv, faults, cells, numbers);
        List<MappingRow> rows = new ArrayList<>();
        if (faults.isEmpty()) {
            faults.addAll(MappingRules.check(cells, numbers, budgetLines, rows));
        }
        if (!faults.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The ledger mapping has faults, each listed; nothing was changed",
                    faults.size() > 500 ? faults.subList(0, 500) : faults);
        }
        LedgerMapping next = new LedgerMapping(contractId, current, rows.size(), sha256, changeContext.author().actor(),
                Instant.now(clock), changeContext.reason().orElse(null));
        mappings.add(next, rows);
        return new Version(next, rows);
    }

    /** Reads the CSV's header and rows (each with its number), and its SHA-256; a file it cannot read is a fault. */
    private static String read(InputStream csv, List<Problem.Violation> faults, List<List<String>> cells, List<Integer> numbers) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (Reader reader = new InputStreamReader(new DigestInputStream(csv, digest), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
             MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(reader)) {
            int number = 0;
            boolean header = true;
            while (rows.hasNextValue()) {
                List<String> row = new ArrayList<>(List.of(rows.nextValue()));
                number++;
                if (header) {
                    if (!row.isEmpty() && row.get(0).startsWith("\uFEFF")) {
                        row.set(0, row.get(0).substring(1));
                    }
                    faults.addAll(MappingRules.header(row));
                    header = false;
                } else if (!row.stream().allMatch(String::isBlank)) {
                    if (cells.size() > MappingRules.MAX_ROWS) {
                        break;
                    }
                    cells.add(row);
                    numbers.add(number);
                }
            }
            if (header) {
                faults.add(new Problem.Violation("file", "the mapping is empty: its first row is the header "
                        + String.join(",", MappingRules.HEADER)));
            }
        } catch (IOException | RuntimeException e) {
            faults.add(new Problem.Violation("file", "the mapping is not readable as CSV UTF-8 text: a field holding commas or quotes "
                    + "must be quoted"));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Version current(UUID contractId) {
        contracts.get(contractId);
        LedgerMapping mapping = mappings.current(contractId)
                .orElseThrow(() -> ProblemException.notFound("ledger mapping for contract", contractId));
        return new Version(mapping, mappings.rows(mapping.id()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Version version(UUID contractId, String version) {
        int number;
        try {
            number = Integer.parseInt(version.strip());
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No ledger mapping version " + version + ": versions are numbered 1, 2, ...");
        }
        LedgerMapping mapping = mappings.version(contractId, number)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "The contract " + contractId + " has no ledger mapping version " + number));
        return new Version(mapping, mappings.rows(mapping.id()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LedgerMapping> versions(UUID contractId) {
        contracts.get(contractId);
        return mappings.versions(contractId);
    }
}
