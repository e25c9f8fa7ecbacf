# SPDX-FileCopyrightText: 2026 WaveSpeed Task Monitor authors
# SPDX-License-Identifier: MIT
# Windows: the programs and Qt's DLLs in bin, Qt's plugins beside them (windeployqt), an icon and
# version information in each .exe. CPack: an NSIS installer and a ZIP.

install(TARGETS ${WSM_PROGRAMS} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# Version information and the icon, compiled into each program from one template.
string(REPLACE "." "," version_commas "${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR}.${PROJECT_VERSION_PATCH}.0")
set(descriptions
    "wavespeed-monitor" "${WSM_DISPLAY_NAME}"
    "wavespeed-monitor-cli" "${WSM_DISPLAY_NAME} for the command line"
    "wavespeed-sim" "Simulated WaveSpeedAI API for trying ${WSM_DISPLAY_NAME}")
foreach(program IN LISTS WSM_PROGRAMS)
    list(FIND descriptions "${program}" index)
    math(EXPR index "${index} + 1")
    list(GET descriptions ${index} WSM_RC_DESCRIPTION)
    set(WSM_RC_PROGRAM "${program}")
    set(WSM_RC_VERSION_COMMAS "${version_commas}")
    set(WSM_RC_ICON "${WSM_ICON_ICO}")
    set(rc "${CMAKE_CURRENT_BINARY_DIR}/windows/${program}.rc")
    configure_file("${CMAKE_CURRENT_SOURCE_DIR}/windows/program.rc.in" "${rc}" @ONLY)
    target_sources(${program} PRIVATE "${rc}")
    set_source_files_properties("${rc}" TARGET_DIRECTORY ${program}
        PROPERTIES OBJECT_DEPENDS "${WSM_ICON_ICO}")
    add_dependencies(${program} wsm-platform-icons)
endforeach()

if(WSM_DEPLOY_QT AND Qt6_VERSION VERSION_GREATER_EQUAL 6.3)
    # windeployqt copies the DLLs and plugins of every Qt module the window uses; the
    # command-line monitor and the simulator use a subset of those modules and share the folder.
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET wavespeed-monitor OUTPUT_SCRIPT deploy_script)
    else()
        qt_generate_deploy_app_script(TARGET wavespeed-monitor FILENAME_VARIABLE deploy_script)
    endif()
    install(SCRIPT "${deploy_script}")

    # windeployqt copies only Qt's own DLLs; QtKeychain's comes from its package.
    set(keychain Qt6Keychain::Qt6Keychain)
    get_target_property(aliased ${keychain} ALIASED_TARGET)
    if(aliased)
        set(keychain ${aliased})
    endif()
    get_target_property(keychain_type ${keychain} TYPE)
    if(keychain_type STREQUAL "SHARED_LIBRARY")
        install(IMPORTED_RUNTIME_ARTIFACTS ${keychain}
            RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
            LIBRARY DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()
endif()

set(CPACK_GENERATOR NSIS ZIP)

file(TO_NATIVE_PATH "${WSM_ICON_ICO}" native_ico)
set(CPACK_NSIS_PACKAGE_NAME "${WSM_DISPLAY_NAME}")
set(CPACK_NSIS_DISPLAY_NAME "${WSM_DISPLAY_NAME}")
set(CPACK_NSIS_MUI_ICON "${native_ico}")
set(CPACK_NSIS_MUI_UNIICON "${native_ico}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\wavespeed-monitor.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "${CMAKE_INSTALL_BINDIR}")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "wavespeed-monitor.exe")
set(CPACK_NSIS_CONTACT "${WSM_CONTACT}")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}/issues")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Offers to put bin on PATH, for wavespeed-monitor-cli.
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
