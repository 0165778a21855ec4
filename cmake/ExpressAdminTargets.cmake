# SPDX-FileCopyrightText: Express Admin contributors
# SPDX-License-Identifier: MIT
#
# Interface targets that every Express Admin target links, so that warnings,
# sanitizers and Qt's strict string definitions are configured per target.

add_library(expressadmin_warnings INTERFACE)
if(MSVC)
    target_compile_options(expressadmin_warnings INTERFACE /W4 /permissive-)
    if(EXPRESSADMIN_WERROR)
        target_compile_options(expressadmin_warnings INTERFACE /WX)
    endif()
else()
    target_compile_options(expressadmin_warnings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast)
    if(EXPRESSADMIN_WERROR)
        target_compile_options(expressadmin_warnings INTERFACE -Werror)
    endif()
endif()

add_library(expressadmin_defaults INTERFACE)
target_link_libraries(expressadmin_defaults INTERFACE expressadmin_warnings)
target_compile_definitions(expressadmin_defaults INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_KEYWORDS
    EXPRESSADMIN_VERSION="${PROJECT_VERSION}")
# Includes read "core/model/CustomerDiff.h", "sandbox/SandboxServer.h".
target_include_directories(expressadmin_defaults INTERFACE ${PROJECT_SOURCE_DIR})

if(EXPRESSADMIN_SANITIZE)
    target_compile_options(expressadmin_defaults INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(expressadmin_defaults INTERFACE -fsanitize=address,undefined)
endif()
