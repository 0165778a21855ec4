# SPDX-FileCopyrightText: Express Admin contributors
# SPDX-License-Identifier: MIT
#
# Read by cpack for each generator (CPACK_PROJECT_CONFIG_FILE): the .deb installs under /usr, the
# .tar.gz holds bin/ and share/ at its top.
if(CPACK_GENERATOR STREQUAL "DEB")
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
endif()
