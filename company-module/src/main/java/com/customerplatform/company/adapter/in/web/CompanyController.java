package com.customerplatform.company.adapter.in.web;

import com.customerplatform.company.application.port.in.CompanyAnalyticsUseCase;
import com.customerplatform.company.application.port.in.CompanyAnalyticsUseCase.CompanyAnalytics;
import com.customerplatform.company.application.port.in.ManageCompaniesUseCase;
import com.customerplatform.company.application.port.in.ManageCompaniesUseCase.CompanyListQuery;
import com.customerplatform.company.application.port.in.ManageCompaniesUseCase.CompanyWithUsers;
import com.customerplatform.company.application.port.in.ManageCompaniesUseCase.RegisterCompanyCommand;
import com.customerplatform.company.application.service.CompanyService;
import com.customerplatform.company.domain.company.Company;
import com.customerplatform.company.domain.company.CompanyRules;
import com.customerplatform.sharedkernel.actor.Actor;
import com.customerplatform.sharedkernel.page.Page;
import com.customerplatform.sharedkernel.page.PageRequest;
import com.customerplatform.sharedkernel.patch.FieldChanges;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Seed 000's company endpoints. */
@RestController
@RequestMapping("/api/v1/companies")
class CompanyController {

    private final ManageCompaniesUseCase companies;
    private final CompanyAnalyticsUseCase analytics;

    CompanyController(ManageCompaniesUseCase companies, CompanyAnalyticsUseCase analytics) {
        this.companies = companies;
        this.analytics = analytics;
    }

    /** A list item exactly as the seed shows it, plus the uuid customer profiles refer to. */
    record CompanyListItem(
            Long id,
            UUID uuid,
            String name,
            String companyKey,
            String status,
            int daysCredit,
            long totalUsers,
            long totalActiveUsers) {}

    record CompanyListResponse(List<CompanyListItem> companies, long total, int limit, int offset) {}

    record CompanyResponse(
            Long id,
            UUID uuid,
            String companyId,
            String name,
            String businessName,
            String documentType,
            String documentNumber,
            String status,
            boolean active,
            int daysCredit,
            long totalUsers,
            long totalActiveUsers,
            Instant createdAt,
            Instant updatedAt) {}

    record CreateCompanyRequest(
            String companyId,
            String name,
            String businessName,
            String documentType,
            String documentNumber,
            Integer daysCredit) {}

    @GetMapping
    CompanyListResponse list(
            Actor actor,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String search) {
        Page<CompanyWithUsers> page = companies.list(
                actor,
                new CompanyListQuery(status == null ? null : CompanyRules.status(status), search),
                PageRequest.of(limit, offset));
        return new CompanyListResponse(
                page.items().stream().map(CompanyController::listItem).toList(),
                page.total(),
                page.request().limit(),
                page.request().offset());
    }

    /** Seed 000's analytics shape; the names with digits are spelled out (snake_case alone would write "last30"). */
    record AnalyticsResponse(
            long totalCompanies,
            long activeCompanies,
            long inactiveCompanies,
            Map<String, Long> companiesByStatus,
            long totalUsers,
            Map<String, Long> usersByRole,
            @JsonProperty("new_companies_last_30_days") long newCompaniesLast30Days,
            @JsonProperty("new_users_last_30_days") long newUsersLast30Days) {}

    @GetMapping("/analytics")
    AnalyticsResponse analytics(Actor actor) {
        CompanyAnalytics figures = analytics.analytics(actor);
        return new AnalyticsResponse(
                figures.totalCompanies(),
                figures.activeCompanies(),
                figures.inactiveCompanies(),
                figures.companiesByStatus(),
                figures.totalUsers(),
                figures.usersByRole(),
                figures.newCompaniesLast30Days(),
                figures.newUsersLast30Days());
    }

    @GetMapping("/{companyId}")
    CompanyResponse get(Actor actor, @PathVariable String companyId) {
        return response(companies.get(actor, companyId));
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<CompanyResponse> create(Actor actor, @RequestBody CreateCompanyRequest request) {
        Company company = companies.register(
                actor,
                new RegisterCompanyCommand(
                        request.companyId(),
                        request.name(),
                        request.businessName(),
                        request.documentType(),
                        request.documentNumber(),
                        request.daysCredit()));
        return ResponseEntity.created(URI.create("/api/v1/companies/" + company.companyId()))
                .body(response(new CompanyWithUsers(company, 0, 0)));
    }

    /** Partial update: absent fields stay; unknown fields are refused. */
    @PutMapping(path = "/{companyId}", consumes = "application/json")
    CompanyResponse update(Actor actor, @PathVariable String companyId, @RequestBody Map<String, Object> body) {
        Company company = companies.update(actor, companyId, FieldChanges.of(body, CompanyService.UPDATABLE, Map.of()));
        return response(companies.get(actor, company.companyId()));
    }

    @DeleteMapping("/{companyId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Actor actor, @PathVariable String companyId) {
        companies.delete(actor, companyId);
    }

    private static CompanyListItem listItem(CompanyWithUsers view) {
        Company company = view.company();
        return new CompanyListItem(
                company.id(),
                company.uuid(),
                company.name(),
                company.companyId(),
                company.status().code(),
                company.daysCredit(),
                view.totalUsers(),
                view.totalActiveUsers());
    }

    private static CompanyResponse response(CompanyWithUsers view) {
        Company company = view.company();
        return new CompanyResponse(
                company.id(),
                company.uuid(),
                company.companyId(),
                company.name(),
                company.businessName(),
                company.documentType(),
                company.documentNumber(),
                company.status().code(),
                company.isActive(),
                company.daysCredit(),
                view.totalUsers(),
                view.totalActiveUsers(),
                company.createdAt(),
                company.updatedAt());
    }
}
