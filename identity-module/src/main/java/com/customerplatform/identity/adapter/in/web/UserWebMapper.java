package com.customerplatform.identity.adapter.in.web;

import com.customerplatform.identity.domain.user.Role;
import com.customerplatform.identity.domain.user.User;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface UserWebMapper {

    @Mapping(target = "isActive", source = "active")
    @Mapping(target = "isStaff", source = "staff")
    @Mapping(target = "isSuperuser", source = "superuser")
    UserResponse toResponse(User user);

    default String role(Role role) {
        return role.code();
    }
}
