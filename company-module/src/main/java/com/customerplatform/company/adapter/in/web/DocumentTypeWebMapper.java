package com.customerplatform.company.adapter.in.web;

import com.customerplatform.company.domain.documenttype.DocumentType;
import com.customerplatform.company.domain.documenttype.DocumentTypeCode;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface DocumentTypeWebMapper {

    @Mapping(target = "validationRule", source = "rule")
    DocumentTypeResponse toResponse(DocumentType documentType);

    List<DocumentTypeResponse> toResponses(List<DocumentType> documentTypes);

    default String code(DocumentTypeCode code) {
        return code.value();
    }
}
