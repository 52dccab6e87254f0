/**
 * Generated from docs/api/openapi.json by `npm run api-types`: do not edit by hand.
 * Use it through web/src/app/api/client.ts (typed paths) and the helper types of web/src/app/api/types.ts.
 */

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 健康检查 / Health */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: string;
                            database: string;
                            startedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/nav": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前岗位的导航 / Navigation for the active position */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                key: string;
                                path: string;
                                label: {
                                    zh: string;
                                    en: string;
                                };
                                icon: string;
                                group: {
                                    zh: string;
                                    en: string;
                                } | null;
                                order: number;
                                /** @description 在手机底部栏中的位置（本岗位的日常工作）/ Place in the phone bottom bar: the daily work of this role */
                                phoneTab: number | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vocabulary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 领域取值的中英文名称 / Labels of domain values (statuses, kinds, channels …) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            "org.unitType": {
                                district: {
                                    zh: string;
                                    en: string;
                                };
                                street: {
                                    zh: string;
                                    en: string;
                                };
                                committee: {
                                    zh: string;
                                    en: string;
                                };
                                compound: {
                                    zh: string;
                                    en: string;
                                };
                                building: {
                                    zh: string;
                                    en: string;
                                };
                                house: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "org.unitKind": {
                                street: {
                                    zh: string;
                                    en: string;
                                };
                                town: {
                                    zh: string;
                                    en: string;
                                };
                                committee: {
                                    zh: string;
                                    en: string;
                                };
                                village: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "org.unitChange": {
                                created: {
                                    zh: string;
                                    en: string;
                                };
                                renamed: {
                                    zh: string;
                                    en: string;
                                };
                                moved: {
                                    zh: string;
                                    en: string;
                                };
                                retired: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "org.gridKind": {
                                grid: {
                                    zh: string;
                                    en: string;
                                };
                                party_area: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "org.auditActions": {
                                "org.unit.create": {
                                    zh: string;
                                    en: string;
                                };
                                "org.unit.rename": {
                                    zh: string;
                                    en: string;
                                };
                                "org.unit.move": {
                                    zh: string;
                                    en: string;
                                };
                                "org.unit.retire": {
                                    zh: string;
                                    en: string;
                                };
                                "org.unit.locate": {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "org.auditTargets": {
                                unit: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "accounts.auditActions": {
                                "accounts.user.create": {
                                    zh: string;
                                    en: string;
                                };
                                "accounts.user.update": {
                                    zh: string;
                                    en: string;
                                };
                                "accounts.user.enable": {
                                    zh: string;
                                    en: string;
                                };
                                "accounts.user.disable": {
                                    zh: string;
                                    en: string;
                                };
                                "accounts.user.unlock": {
                                    zh: string;
                                    en: string;
                                };
                                "accounts.user.reset_password": {
                                    zh: string;
                                    en: string;
                                };
                                "accounts.user.reset_second_factor": {
                                    zh: string;
                                    en: string;
                                };
                                "accounts.position.add": {
                                    zh: string;
                                    en: string;
                                };
                                "accounts.position.end": {
                                    zh: string;
                                    en: string;
                                };
                                "accounts.sign_up": {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "accounts.auditTargets": {
                                position: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "people.gender": {
                                male: {
                                    zh: string;
                                    en: string;
                                };
                                female: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "people.residence": {
                                registered_living: {
                                    zh: string;
                                    en: string;
                                };
                                registered_away: {
                                    zh: string;
                                    en: string;
                                };
                                migrant: {
                                    zh: string;
                                    en: string;
                                };
                                foreigner: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "people.docType": {
                                resident_id: {
                                    zh: string;
                                    en: string;
                                };
                                passport: {
                                    zh: string;
                                    en: string;
                                };
                                hk_macao_permit: {
                                    zh: string;
                                    en: string;
                                };
                                taiwan_permit: {
                                    zh: string;
                                    en: string;
                                };
                                foreign_permanent: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "people.houseRelation": {
                                owner: {
                                    zh: string;
                                    en: string;
                                };
                                tenant: {
                                    zh: string;
                                    en: string;
                                };
                                family: {
                                    zh: string;
                                    en: string;
                                };
                                resident: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "people.houseUse": {
                                residence: {
                                    zh: string;
                                    en: string;
                                };
                                rental: {
                                    zh: string;
                                    en: string;
                                };
                                shop: {
                                    zh: string;
                                    en: string;
                                };
                                vacant: {
                                    zh: string;
                                    en: string;
                                };
                                other: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "people.ownership": {
                                private: {
                                    zh: string;
                                    en: string;
                                };
                                public_rental: {
                                    zh: string;
                                    en: string;
                                };
                                other: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "people.visitKind": {
                                routine: {
                                    zh: string;
                                    en: string;
                                };
                                care: {
                                    zh: string;
                                    en: string;
                                };
                                follow_up: {
                                    zh: string;
                                    en: string;
                                };
                                patrol: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "people.needCategory": {
                                elderly: {
                                    zh: string;
                                    en: string;
                                };
                                housing: {
                                    zh: string;
                                    en: string;
                                };
                                environment: {
                                    zh: string;
                                    en: string;
                                };
                                safety: {
                                    zh: string;
                                    en: string;
                                };
                                neighbourhood: {
                                    zh: string;
                                    en: string;
                                };
                                service: {
                                    zh: string;
                                    en: string;
                                };
                                other: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "people.needStatus": {
                                open: {
                                    zh: string;
                                    en: string;
                                };
                                linked: {
                                    zh: string;
                                    en: string;
                                };
                                solved: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "people.tagSource": {
                                rule: {
                                    zh: string;
                                    en: string;
                                };
                                manual: {
                                    zh: string;
                                    en: string;
                                };
                                import: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "people.tagLevel": {
                                city: {
                                    zh: string;
                                    en: string;
                                };
                                district: {
                                    zh: string;
                                    en: string;
                                };
                                street: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "people.territoryKind": {
                                grid: {
                                    zh: string;
                                    en: string;
                                };
                                district: {
                                    zh: string;
                                    en: string;
                                };
                                street: {
                                    zh: string;
                                    en: string;
                                };
                                committee: {
                                    zh: string;
                                    en: string;
                                };
                                compound: {
                                    zh: string;
                                    en: string;
                                };
                                building: {
                                    zh: string;
                                    en: string;
                                };
                                house: {
                                    zh: string;
                                    en: string;
                                };
                                scope: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "people.exportStatus": {
                                pending: {
                                    zh: string;
                                    en: string;
                                };
                                approved: {
                                    zh: string;
                                    en: string;
                                };
                                rejected: {
                                    zh: string;
                                    en: string;
                                };
                                expired: {
                                    zh: string;
                                    en: string;
                                };
                                downloaded: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "people.personProblem": {
                                PERSON_NAME: {
                                    zh: string;
                                    en: string;
                                };
                                ID_FORMAT: {
                                    zh: string;
                                    en: string;
                                };
                                ID_CHECK_DIGIT: {
                                    zh: string;
                                    en: string;
                                };
                                ID_BIRTH_DATE: {
                                    zh: string;
                                    en: string;
                                };
                                ID_GENDER_MISMATCH: {
                                    zh: string;
                                    en: string;
                                };
                                ID_BIRTH_MISMATCH: {
                                    zh: string;
                                    en: string;
                                };
                                DOC_FORMAT: {
                                    zh: string;
                                    en: string;
                                };
                                DATE_INVALID: {
                                    zh: string;
                                    en: string;
                                };
                                DATE_BEFORE_BIRTH: {
                                    zh: string;
                                    en: string;
                                };
                                PHONE_FORMAT: {
                                    zh: string;
                                    en: string;
                                };
                                RESIDENCE_DOC_MISMATCH: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "people.departure": {
                                moved_out: {
                                    zh: string;
                                    en: string;
                                };
                                deceased: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "people.relationToHead": {
                                "\u6237\u4E3B": {
                                    zh: string;
                                    en: string;
                                };
                                "\u914D\u5076": {
                                    zh: string;
                                    en: string;
                                };
                                "\u5B50\u5973": {
                                    zh: string;
                                    en: string;
                                };
                                "\u5B50": {
                                    zh: string;
                                    en: string;
                                };
                                "\u5973": {
                                    zh: string;
                                    en: string;
                                };
                                "\u7236\u6BCD": {
                                    zh: string;
                                    en: string;
                                };
                                "\u7236\u4EB2": {
                                    zh: string;
                                    en: string;
                                };
                                "\u6BCD\u4EB2": {
                                    zh: string;
                                    en: string;
                                };
                                "\u5B59\u5B50\u5973": {
                                    zh: string;
                                    en: string;
                                };
                                "\u5B59\u5B50": {
                                    zh: string;
                                    en: string;
                                };
                                "\u5B59\u5973": {
                                    zh: string;
                                    en: string;
                                };
                                "\u5916\u5B59\u5B50": {
                                    zh: string;
                                    en: string;
                                };
                                "\u5916\u5B59\u5973": {
                                    zh: string;
                                    en: string;
                                };
                                "\u7956\u7236\u6BCD": {
                                    zh: string;
                                    en: string;
                                };
                                "\u5916\u5B59\u5B50\u5973": {
                                    zh: string;
                                    en: string;
                                };
                                "\u5144\u5F1F\u59D0\u59B9": {
                                    zh: string;
                                    en: string;
                                };
                                "\u513F\u5AB3": {
                                    zh: string;
                                    en: string;
                                };
                                "\u5973\u5A7F": {
                                    zh: string;
                                    en: string;
                                };
                                "\u516C\u5A46": {
                                    zh: string;
                                    en: string;
                                };
                                "\u5CB3\u7236\u6BCD": {
                                    zh: string;
                                    en: string;
                                };
                                "\u5176\u4ED6\u4EB2\u5C5E": {
                                    zh: string;
                                    en: string;
                                };
                                "\u975E\u4EB2\u5C5E": {
                                    zh: string;
                                    en: string;
                                };
                                "\u79DF\u6237": {
                                    zh: string;
                                    en: string;
                                };
                                "\u5176\u4ED6": {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "people.ethnicity": {
                                "\u6C49\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u8499\u53E4\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u56DE\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u85CF\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u7EF4\u543E\u5C14\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u82D7\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u5F5D\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u58EE\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u5E03\u4F9D\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u671D\u9C9C\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u6EE1\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u4F97\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u7476\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u767D\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u571F\u5BB6\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u54C8\u5C3C\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u54C8\u8428\u514B\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u50A3\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u9ECE\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u5088\u50F3\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u4F64\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u7572\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u9AD8\u5C71\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u62C9\u795C\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u6C34\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u4E1C\u4E61\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u7EB3\u897F\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u666F\u9887\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u67EF\u5C14\u514B\u5B5C\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u571F\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u8FBE\u65A1\u5C14\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u4EEB\u4F6C\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u7F8C\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u5E03\u6717\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u6492\u62C9\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u6BDB\u5357\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u4EE1\u4F6C\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u9521\u4F2F\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u963F\u660C\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u666E\u7C73\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u5854\u5409\u514B\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u6012\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u4E4C\u5B5C\u522B\u514B\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u4FC4\u7F57\u65AF\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u9102\u6E29\u514B\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u5FB7\u6602\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u4FDD\u5B89\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u88D5\u56FA\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u4EAC\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u5854\u5854\u5C14\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u72EC\u9F99\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u9102\u4F26\u6625\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u8D6B\u54F2\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u95E8\u5DF4\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u73DE\u5DF4\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                                "\u57FA\u8BFA\u65CF": {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "people.auditActions": {
                                "people.person.create": {
                                    zh: string;
                                    en: string;
                                };
                                "people.person.update": {
                                    zh: string;
                                    en: string;
                                };
                                "people.person.reveal": {
                                    zh: string;
                                    en: string;
                                };
                                "people.person.move": {
                                    zh: string;
                                    en: string;
                                };
                                "people.person.move_out": {
                                    zh: string;
                                    en: string;
                                };
                                "people.person.deceased": {
                                    zh: string;
                                    en: string;
                                };
                                "people.person.export": {
                                    zh: string;
                                    en: string;
                                };
                                "people.household.head": {
                                    zh: string;
                                    en: string;
                                };
                                "people.house.update": {
                                    zh: string;
                                    en: string;
                                };
                                "people.tag.add": {
                                    zh: string;
                                    en: string;
                                };
                                "people.tag.end": {
                                    zh: string;
                                    en: string;
                                };
                                "people.unit_tag.add": {
                                    zh: string;
                                    en: string;
                                };
                                "people.unit_tag.end": {
                                    zh: string;
                                    en: string;
                                };
                                "people.visit.record": {
                                    zh: string;
                                    en: string;
                                };
                                "people.import.check": {
                                    zh: string;
                                    en: string;
                                };
                                "people.import.start": {
                                    zh: string;
                                    en: string;
                                };
                                "people.import.commit": {
                                    zh: string;
                                    en: string;
                                };
                                "people.export.request": {
                                    zh: string;
                                    en: string;
                                };
                                "people.export.approve": {
                                    zh: string;
                                    en: string;
                                };
                                "people.export.reject": {
                                    zh: string;
                                    en: string;
                                };
                                "people.export.download": {
                                    zh: string;
                                    en: string;
                                };
                                "people.export.expire": {
                                    zh: string;
                                    en: string;
                                };
                                "people.export.policy": {
                                    zh: string;
                                    en: string;
                                };
                                "people.share.query": {
                                    zh: string;
                                    en: string;
                                };
                                "people.binding.request": {
                                    zh: string;
                                    en: string;
                                };
                                "people.binding.withdraw": {
                                    zh: string;
                                    en: string;
                                };
                                "people.binding.approve": {
                                    zh: string;
                                    en: string;
                                };
                                "people.binding.reject": {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "people.auditTargets": {
                                person: {
                                    zh: string;
                                    en: string;
                                };
                                person_list: {
                                    zh: string;
                                    en: string;
                                };
                                visit: {
                                    zh: string;
                                    en: string;
                                };
                                import_job: {
                                    zh: string;
                                    en: string;
                                };
                                export_request: {
                                    zh: string;
                                    en: string;
                                };
                                resident_binding: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "estate.serviceState": {
                                active: {
                                    zh: string;
                                    en: string;
                                };
                                expiring: {
                                    zh: string;
                                    en: string;
                                };
                                expired: {
                                    zh: string;
                                    en: string;
                                };
                                upcoming: {
                                    zh: string;
                                    en: string;
                                };
                                none: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "estate.committeeState": {
                                current: {
                                    zh: string;
                                    en: string;
                                };
                                expired: {
                                    zh: string;
                                    en: string;
                                };
                                none: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "estate.contractStatus": {
                                active: {
                                    zh: string;
                                    en: string;
                                };
                                expired: {
                                    zh: string;
                                    en: string;
                                };
                                upcoming: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "estate.termStatus": {
                                current: {
                                    zh: string;
                                    en: string;
                                };
                                expired: {
                                    zh: string;
                                    en: string;
                                };
                                ended: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "estate.committeeRole": {
                                director: {
                                    zh: string;
                                    en: string;
                                };
                                deputy: {
                                    zh: string;
                                    en: string;
                                };
                                member: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "estate.listState": {
                                attention: {
                                    zh: string;
                                    en: string;
                                };
                                contractExpiring: {
                                    zh: string;
                                    en: string;
                                };
                                contractExpired: {
                                    zh: string;
                                    en: string;
                                };
                                noContract: {
                                    zh: string;
                                    en: string;
                                };
                                termExpired: {
                                    zh: string;
                                    en: string;
                                };
                                noOwnersCommittee: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "estate.auditActions": {
                                "estate.company.create": {
                                    zh: string;
                                    en: string;
                                };
                                "estate.company.update": {
                                    zh: string;
                                    en: string;
                                };
                                "estate.company.delete": {
                                    zh: string;
                                    en: string;
                                };
                                "estate.company.reveal": {
                                    zh: string;
                                    en: string;
                                };
                                "estate.contract.create": {
                                    zh: string;
                                    en: string;
                                };
                                "estate.contract.update": {
                                    zh: string;
                                    en: string;
                                };
                                "estate.contract.delete": {
                                    zh: string;
                                    en: string;
                                };
                                "estate.term.start": {
                                    zh: string;
                                    en: string;
                                };
                                "estate.term.update": {
                                    zh: string;
                                    en: string;
                                };
                                "estate.term.end": {
                                    zh: string;
                                    en: string;
                                };
                                "estate.member.add": {
                                    zh: string;
                                    en: string;
                                };
                                "estate.member.update": {
                                    zh: string;
                                    en: string;
                                };
                                "estate.member.delete": {
                                    zh: string;
                                    en: string;
                                };
                                "estate.member.reveal": {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "estate.auditTargets": {
                                property_company: {
                                    zh: string;
                                    en: string;
                                };
                                property_contract: {
                                    zh: string;
                                    en: string;
                                };
                                owners_committee_term: {
                                    zh: string;
                                    en: string;
                                };
                                owners_committee_member: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "appeals.orderStatus": {
                                received: {
                                    zh: string;
                                    en: string;
                                };
                                dispatched: {
                                    zh: string;
                                    en: string;
                                };
                                accepted: {
                                    zh: string;
                                    en: string;
                                };
                                in_progress: {
                                    zh: string;
                                    en: string;
                                };
                                suspended: {
                                    zh: string;
                                    en: string;
                                };
                                resolved: {
                                    zh: string;
                                    en: string;
                                };
                                closed: {
                                    zh: string;
                                    en: string;
                                };
                                merged: {
                                    zh: string;
                                    en: string;
                                };
                                invalid: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "appeals.orderStep": {
                                intake: {
                                    zh: string;
                                    en: string;
                                };
                                place: {
                                    zh: string;
                                    en: string;
                                };
                                dispatch: {
                                    zh: string;
                                    en: string;
                                };
                                transfer: {
                                    zh: string;
                                    en: string;
                                };
                                accept: {
                                    zh: string;
                                    en: string;
                                };
                                return: {
                                    zh: string;
                                    en: string;
                                };
                                start: {
                                    zh: string;
                                    en: string;
                                };
                                request_extension: {
                                    zh: string;
                                    en: string;
                                };
                                approve_extension: {
                                    zh: string;
                                    en: string;
                                };
                                reject_extension: {
                                    zh: string;
                                    en: string;
                                };
                                suspend: {
                                    zh: string;
                                    en: string;
                                };
                                resume: {
                                    zh: string;
                                    en: string;
                                };
                                resolve: {
                                    zh: string;
                                    en: string;
                                };
                                rate: {
                                    zh: string;
                                    en: string;
                                };
                                reopen: {
                                    zh: string;
                                    en: string;
                                };
                                close: {
                                    zh: string;
                                    en: string;
                                };
                                supervise: {
                                    zh: string;
                                    en: string;
                                };
                                merge: {
                                    zh: string;
                                    en: string;
                                };
                                invalidate: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "appeals.channel": {
                                photo: {
                                    zh: string;
                                    en: string;
                                };
                                desk: {
                                    zh: string;
                                    en: string;
                                };
                                visit: {
                                    zh: string;
                                    en: string;
                                };
                                patrol: {
                                    zh: string;
                                    en: string;
                                };
                                hotline: {
                                    zh: string;
                                    en: string;
                                };
                                sensor: {
                                    zh: string;
                                    en: string;
                                };
                                survey: {
                                    zh: string;
                                    en: string;
                                };
                                meeting: {
                                    zh: string;
                                    en: string;
                                };
                                open311: {
                                    zh: string;
                                    en: string;
                                };
                                transfer: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "appeals.rating": {
                                satisfied: {
                                    zh: string;
                                    en: string;
                                };
                                basic: {
                                    zh: string;
                                    en: string;
                                };
                                unsatisfied: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "appeals.sla": {
                                green: {
                                    zh: string;
                                    en: string;
                                };
                                yellow: {
                                    zh: string;
                                    en: string;
                                };
                                red: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "appeals.actorKind": {
                                reporter: {
                                    zh: string;
                                    en: string;
                                };
                                dispatcher: {
                                    zh: string;
                                    en: string;
                                };
                                handler: {
                                    zh: string;
                                    en: string;
                                };
                                supervisor: {
                                    zh: string;
                                    en: string;
                                };
                                system: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "appeals.handlerKind": {
                                committee: {
                                    zh: string;
                                    en: string;
                                };
                                street: {
                                    zh: string;
                                    en: string;
                                };
                                department: {
                                    zh: string;
                                    en: string;
                                };
                                ops: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "appeals.placement": {
                                given: {
                                    zh: string;
                                    en: string;
                                };
                                boundary: {
                                    zh: string;
                                    en: string;
                                };
                                nearest_compound: {
                                    zh: string;
                                    en: string;
                                };
                                nearest_committee: {
                                    zh: string;
                                    en: string;
                                };
                                desk: {
                                    zh: string;
                                    en: string;
                                };
                                unplaced: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "appeals.attachmentKind": {
                                report: {
                                    zh: string;
                                    en: string;
                                };
                                before: {
                                    zh: string;
                                    en: string;
                                };
                                after: {
                                    zh: string;
                                    en: string;
                                };
                                other: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "appeals.summonsStatus": {
                                invited: {
                                    zh: string;
                                    en: string;
                                };
                                accepted: {
                                    zh: string;
                                    en: string;
                                };
                                declined: {
                                    zh: string;
                                    en: string;
                                };
                                met: {
                                    zh: string;
                                    en: string;
                                };
                                resolved: {
                                    zh: string;
                                    en: string;
                                };
                                unresolved: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "appeals.summonsStep": {
                                accept: {
                                    zh: string;
                                    en: string;
                                };
                                decline: {
                                    zh: string;
                                    en: string;
                                };
                                schedule: {
                                    zh: string;
                                    en: string;
                                };
                                meet: {
                                    zh: string;
                                    en: string;
                                };
                                report: {
                                    zh: string;
                                    en: string;
                                };
                                evaluate: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "appeals.responseTiming": {
                                waiting: {
                                    zh: string;
                                    en: string;
                                };
                                overdue: {
                                    zh: string;
                                    en: string;
                                };
                                on_time: {
                                    zh: string;
                                    en: string;
                                };
                                late: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "appeals.inviteeKind": {
                                department: {
                                    zh: string;
                                    en: string;
                                };
                                street: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "appeals.hotlineField": {
                                orderNo: {
                                    zh: string;
                                    en: string;
                                };
                                receivedAt: {
                                    zh: string;
                                    en: string;
                                };
                                category: {
                                    zh: string;
                                    en: string;
                                };
                                title: {
                                    zh: string;
                                    en: string;
                                };
                                content: {
                                    zh: string;
                                    en: string;
                                };
                                address: {
                                    zh: string;
                                    en: string;
                                };
                                lat: {
                                    zh: string;
                                    en: string;
                                };
                                lng: {
                                    zh: string;
                                    en: string;
                                };
                                unitId: {
                                    zh: string;
                                    en: string;
                                };
                                callerName: {
                                    zh: string;
                                    en: string;
                                };
                                callerPhone: {
                                    zh: string;
                                    en: string;
                                };
                                anonymous: {
                                    zh: string;
                                    en: string;
                                };
                                contactShared: {
                                    zh: string;
                                    en: string;
                                };
                                urgency: {
                                    zh: string;
                                    en: string;
                                };
                                dueAt: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "appeals.auditActions": {
                                "appeals.order.intake": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.order.place": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.order.dispatch": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.order.transfer": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.order.accept": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.order.return": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.order.start": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.order.request_extension": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.order.approve_extension": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.order.reject_extension": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.order.suspend": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.order.resume": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.order.resolve": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.order.rate": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.order.reopen": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.order.close": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.order.supervise": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.order.merge": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.order.invalidate": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.order.reveal_phone": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.order.transfer_out": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.attachment.add": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.hotline.import": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.routing_rule.create": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.routing_rule.enable": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.routing_rule.disable": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.summons.raise": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.summons.accept": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.summons.decline": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.summons.schedule": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.summons.meet": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.summons.report": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.summons.evaluate": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.transfer.callback": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.transfer_partner.create": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.transfer_partner.update": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.transfer_partner.rotate_secret": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.open311_client.create": {
                                    zh: string;
                                    en: string;
                                };
                                "appeals.open311_client.revoke": {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "appeals.auditTargets": {
                                appeal_order: {
                                    zh: string;
                                    en: string;
                                };
                                appeal_routing_rule: {
                                    zh: string;
                                    en: string;
                                };
                                summons: {
                                    zh: string;
                                    en: string;
                                };
                                transfer_partner: {
                                    zh: string;
                                    en: string;
                                };
                                open311_client: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "audit.auditActions": {
                                "audit.failed_event.retry": {
                                    zh: string;
                                    en: string;
                                };
                                "audit.failed_event.resolve": {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "audit.auditTargets": {
                                domain_event_failure: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "catalogs.auditActions": {
                                "catalogs.catalog.save": {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "catalogs.auditTargets": Record<string, never>;
                            "selfgov.auditActions": {
                                "selfgov.topic.create": {
                                    zh: string;
                                    en: string;
                                };
                                "selfgov.topic.update": {
                                    zh: string;
                                    en: string;
                                };
                                "selfgov.topic.step": {
                                    zh: string;
                                    en: string;
                                };
                                "selfgov.meeting.create": {
                                    zh: string;
                                    en: string;
                                };
                                "selfgov.meeting.agenda": {
                                    zh: string;
                                    en: string;
                                };
                                "selfgov.meeting.invite": {
                                    zh: string;
                                    en: string;
                                };
                                "selfgov.meeting.signIn": {
                                    zh: string;
                                    en: string;
                                };
                                "selfgov.meeting.delete": {
                                    zh: string;
                                    en: string;
                                };
                                "selfgov.meeting.publish": {
                                    zh: string;
                                    en: string;
                                };
                                "selfgov.minutes.draft": {
                                    zh: string;
                                    en: string;
                                };
                                "selfgov.minutes.approve": {
                                    zh: string;
                                    en: string;
                                };
                                "selfgov.opinion.raise": {
                                    zh: string;
                                    en: string;
                                };
                                "selfgov.opinion.resolve": {
                                    zh: string;
                                    en: string;
                                };
                                "selfgov.decision.record": {
                                    zh: string;
                                    en: string;
                                };
                                "selfgov.followUp.add": {
                                    zh: string;
                                    en: string;
                                };
                                "selfgov.vote.create": {
                                    zh: string;
                                    en: string;
                                };
                                "selfgov.vote.open": {
                                    zh: string;
                                    en: string;
                                };
                                "selfgov.vote.cast": {
                                    zh: string;
                                    en: string;
                                };
                                "selfgov.vote.close": {
                                    zh: string;
                                    en: string;
                                };
                                "selfgov.vote.publish": {
                                    zh: string;
                                    en: string;
                                };
                            };
                            "selfgov.auditTargets": {
                                selfgov_topic: {
                                    zh: string;
                                    en: string;
                                };
                                selfgov_meeting: {
                                    zh: string;
                                    en: string;
                                };
                                selfgov_vote: {
                                    zh: string;
                                    en: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/todos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的待办及数量（首页与菜单角标） / My to-dos with counts (home page and menu badges) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                key: string;
                                label: {
                                    zh: string;
                                    en: string;
                                };
                                path: string;
                                nav: string;
                                count: number;
                                overdue: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登录 / Log in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        password: string;
                        /** @description true: answer with a bearer token in the body and set no cookie (system clients) */
                        bearer?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: number;
                                username: string;
                                displayName: string;
                                mustChangePassword: boolean;
                                isDemo: boolean;
                                /** @description a role held requires a second factor this session has not shown: only enrolling one is open */
                                mustEnrollSecondFactor: boolean;
                            };
                            positions: {
                                id: number;
                                role: string;
                                roleLabel: {
                                    zh: string;
                                    en: string;
                                };
                                unitId: number | null;
                                unitName: string | null;
                                departmentId: number | null;
                                departmentName: string | null;
                                gridId: number | null;
                                gridName: string | null;
                            }[];
                            activePositionId: number | null;
                            csrfToken: string;
                            idleTimeoutMinutes: number;
                            permissions: string[];
                            token?: string;
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            secondFactor: {
                                methods: ("totp" | "recovery")[];
                                /** Format: date-time */
                                expiresAt: string;
                            };
                            /** @description only for a login that asked for a bearer token; a browser keeps it in an httpOnly cookie */
                            challenge?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前会话 / Current session */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: number;
                                username: string;
                                displayName: string;
                                mustChangePassword: boolean;
                                isDemo: boolean;
                                /** @description a role held requires a second factor this session has not shown: only enrolling one is open */
                                mustEnrollSecondFactor: boolean;
                            };
                            positions: {
                                id: number;
                                role: string;
                                roleLabel: {
                                    zh: string;
                                    en: string;
                                };
                                unitId: number | null;
                                unitName: string | null;
                                departmentId: number | null;
                                departmentName: string | null;
                                gridId: number | null;
                                gridName: string | null;
                            }[];
                            activePositionId: number | null;
                            csrfToken: string;
                            idleTimeoutMinutes: number;
                            permissions: string[];
                            token?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出登录 / Log out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/position": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 切换岗位 / Switch position */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        positionId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: number;
                                username: string;
                                displayName: string;
                                mustChangePassword: boolean;
                                isDemo: boolean;
                                /** @description a role held requires a second factor this session has not shown: only enrolling one is open */
                                mustEnrollSecondFactor: boolean;
                            };
                            positions: {
                                id: number;
                                role: string;
                                roleLabel: {
                                    zh: string;
                                    en: string;
                                };
                                unitId: number | null;
                                unitName: string | null;
                                departmentId: number | null;
                                departmentName: string | null;
                                gridId: number | null;
                                gridName: string | null;
                            }[];
                            activePositionId: number | null;
                            csrfToken: string;
                            idleTimeoutMinutes: number;
                            permissions: string[];
                            token?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改密码 / Change password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login/second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登录第二步：验证码或恢复码 / Log in, second step: a code or a recovery code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the 6 digits the authenticator shows */
                        code?: string;
                        /** @description one of the recovery codes, instead of a code */
                        recoveryCode?: string;
                        /** @description the challenge of a bearer login; a browser sends its cookie instead */
                        challenge?: string;
                        /** @description true: answer with a bearer token in the body and set no cookie */
                        bearer?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: number;
                                username: string;
                                displayName: string;
                                mustChangePassword: boolean;
                                isDemo: boolean;
                                /** @description a role held requires a second factor this session has not shown: only enrolling one is open */
                                mustEnrollSecondFactor: boolean;
                            };
                            positions: {
                                id: number;
                                role: string;
                                roleLabel: {
                                    zh: string;
                                    en: string;
                                };
                                unitId: number | null;
                                unitName: string | null;
                                departmentId: number | null;
                                departmentName: string | null;
                                gridId: number | null;
                                gridName: string | null;
                            }[];
                            activePositionId: number | null;
                            csrfToken: string;
                            idleTimeoutMinutes: number;
                            permissions: string[];
                            token?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的两步验证 / My two-factor authentication */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            enabled: boolean;
                            /** @description a key was made and waits for its first code */
                            pending: boolean;
                            /** Format: date-time */
                            confirmedAt: string | null;
                            recoveryCodesLeft: number;
                            /** @description a role the user holds requires a second factor */
                            required: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 开始设置两步验证：生成密钥与二维码 / Start two-factor setup: a key and its QR code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description base32, to type into the app by hand */
                            secret: string;
                            uri: string;
                            /** @description data: URL of an SVG image */
                            qrCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 以第一个验证码启用两步验证 / Turn two-factor on with a first code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the 6 digits the authenticator shows */
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description shown this once; each opens one login */
                            recoveryCodes: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重新生成恢复码 / New recovery codes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the 6 digits the authenticator shows */
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description shown this once; each opens one login */
                            recoveryCodes: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 停用两步验证（需密码与验证码） / Turn two-factor off (password and a code) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        /** @description a code, or a recovery code */
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 是否可用单点登录 / Whether single sign-on is on */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            enabled: boolean;
                            /** @description the button's text; null: the page's own words */
                            label: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 开始单点登录（跳转到身份提供方） / Start single sign-on (to the identity provider) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单点登录回调（身份提供方返回） / Single sign-on callback (from the identity provider) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我签发的接口令牌 / My API tokens */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                name: string;
                                permissions: string[];
                                createdAt: string;
                                expiresAt: string;
                                revokedAt: string | null;
                                lastUsedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 为当前岗位签发接口令牌 / Issue an API token for the active position */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        permissions: string[];
                        days: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            permissions: string[];
                            createdAt: string;
                            expiresAt: string;
                            revokedAt: string | null;
                            lastUsedAt: string | null;
                        } & {
                            token: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/tokens/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 吊销接口令牌 / Revoke an API token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的通知（分页，含未读数） / My notifications, paged, with the unread count */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    unread?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                kind: string;
                                title: string;
                                body: string;
                                link: string | null;
                                data: {
                                    [key: string]: unknown;
                                };
                                createdAt: string;
                                readAt: string | null;
                            }[];
                            total: number;
                            totalCapped?: boolean;
                            page: number;
                            pageSize: number;
                        } & {
                            unread: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标记一条通知为已读 / Mark a notification read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unread: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 全部标记为已读 / Mark all my notifications read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updated: number;
                            unread: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单位列表与搜索 / List and search units */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    parentId?: number;
                    q?: string;
                    type?: "district" | "street" | "committee" | "compound" | "building" | "house";
                    includeRetired?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                districtId: number;
                                parentId: number | null;
                                /** @enum {string} */
                                type: "district" | "street" | "committee" | "compound" | "building" | "house";
                                kind: string | null;
                                typeLabel: {
                                    zh: string;
                                    en: string;
                                };
                                code: string | null;
                                name: string;
                                path: string;
                                depth: number;
                                retiredAt: string | null;
                                attributes: {
                                    [key: string]: unknown;
                                };
                                childCount: number;
                                can: {
                                    create: boolean;
                                    move: boolean;
                                    rename: boolean;
                                    retire: boolean;
                                };
                            }[];
                            total: number;
                            totalCapped?: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建单位 / Create a unit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        parentId: number;
                        /** @enum {string} */
                        type: "district" | "street" | "committee" | "compound" | "building" | "house";
                        kind?: string | null;
                        name: string;
                        code?: string | null;
                        attributes?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            districtId: number;
                            parentId: number | null;
                            /** @enum {string} */
                            type: "district" | "street" | "committee" | "compound" | "building" | "house";
                            kind: string | null;
                            typeLabel: {
                                zh: string;
                                en: string;
                            };
                            code: string | null;
                            name: string;
                            path: string;
                            depth: number;
                            retiredAt: string | null;
                            attributes: {
                                [key: string]: unknown;
                            };
                            childCount: number;
                            can: {
                                create: boolean;
                                move: boolean;
                                rename: boolean;
                                retire: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单位详情 / Unit detail */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            districtId: number;
                            parentId: number | null;
                            /** @enum {string} */
                            type: "district" | "street" | "committee" | "compound" | "building" | "house";
                            kind: string | null;
                            typeLabel: {
                                zh: string;
                                en: string;
                            };
                            code: string | null;
                            name: string;
                            path: string;
                            depth: number;
                            retiredAt: string | null;
                            attributes: {
                                [key: string]: unknown;
                            };
                            childCount: number;
                            can: {
                                create: boolean;
                                move: boolean;
                                rename: boolean;
                                retire: boolean;
                            };
                        } & {
                            ancestors: {
                                id: number;
                                name: string;
                                type: string;
                            }[];
                            grids: {
                                id: number;
                                name: string;
                                code: string;
                                kind: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/units/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单位变更历史 / Unit history */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                at: string;
                                kind: string;
                                before: unknown;
                                after: unknown;
                                reason: string | null;
                                actorName: string | null;
                            }[];
                            total: number;
                            totalCapped?: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/units/{id}/rename": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 单位更名 / Rename a unit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        reason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            districtId: number;
                            parentId: number | null;
                            /** @enum {string} */
                            type: "district" | "street" | "committee" | "compound" | "building" | "house";
                            kind: string | null;
                            typeLabel: {
                                zh: string;
                                en: string;
                            };
                            code: string | null;
                            name: string;
                            path: string;
                            depth: number;
                            retiredAt: string | null;
                            attributes: {
                                [key: string]: unknown;
                            };
                            childCount: number;
                            can: {
                                create: boolean;
                                move: boolean;
                                rename: boolean;
                                retire: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/units/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 迁移单位 / Move a unit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        newParentId: number;
                        reason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            districtId: number;
                            parentId: number | null;
                            /** @enum {string} */
                            type: "district" | "street" | "committee" | "compound" | "building" | "house";
                            kind: string | null;
                            typeLabel: {
                                zh: string;
                                en: string;
                            };
                            code: string | null;
                            name: string;
                            path: string;
                            depth: number;
                            retiredAt: string | null;
                            attributes: {
                                [key: string]: unknown;
                            };
                            childCount: number;
                            can: {
                                create: boolean;
                                move: boolean;
                                rename: boolean;
                                retire: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/units/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销单位 / Retire a unit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            districtId: number;
                            parentId: number | null;
                            /** @enum {string} */
                            type: "district" | "street" | "committee" | "compound" | "building" | "house";
                            kind: string | null;
                            typeLabel: {
                                zh: string;
                                en: string;
                            };
                            code: string | null;
                            name: string;
                            path: string;
                            depth: number;
                            retiredAt: string | null;
                            attributes: {
                                [key: string]: unknown;
                            };
                            childCount: number;
                            can: {
                                create: boolean;
                                move: boolean;
                                rename: boolean;
                                retire: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/grids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 网格列表 / Grids */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    streetId?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                code: string;
                                name: string;
                                kind: string;
                                streetId: number;
                                streetName: string;
                                unitCount: number;
                            }[];
                            total: number;
                            totalCapped?: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/grids/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 网格详情 / Grid detail */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            code: string;
                            name: string;
                            kind: string;
                            streetId: number;
                            streetName: string;
                            unitCount: number;
                        } & {
                            units: {
                                id: number;
                                name: string;
                                type: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 职能部门列表 / Departments */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                code: string;
                                name: string;
                                parentId: number | null;
                                parentName: string | null;
                                streetId: number | null;
                                streetName: string | null;
                                teamCount: number;
                            }[];
                            total: number;
                            totalCapped?: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 职能部门详情 / Department detail */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            code: string;
                            name: string;
                            parentId: number | null;
                            parentName: string | null;
                            streetId: number | null;
                            streetName: string | null;
                            teamCount: number;
                        } & {
                            teams: {
                                id: number;
                                code: string;
                                name: string;
                                parentId: number | null;
                                parentName: string | null;
                                streetId: number | null;
                                streetName: string | null;
                                teamCount: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/catalogs/housing-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 房屋类型目录 / Housing types catalog */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            draft: boolean;
                            items: {
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/units/{id}/location": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单位的地图位置与边界（未设置时为 null） / A unit's point and boundary (null when not placed) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            lat: number;
                            lng: number;
                            boundary: (never | null) | ({
                                /** @enum {string} */
                                type: "Polygon";
                                coordinates: number[][][];
                            } | {
                                /** @enum {string} */
                                type: "MultiPolygon";
                                coordinates: number[][][][];
                            });
                            source: string;
                            updatedAt: string;
                        } | null;
                    };
                };
            };
        };
        put?: never;
        /** 设置单位的地图位置（WGS-84）与边界（GeoJSON） / Place a unit on the map (WGS-84 point, GeoJSON boundary) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description WGS-84 */
                        lat: number;
                        /** @description WGS-84 */
                        lng: number;
                        boundary?: (never | null) | ({
                            /** @enum {string} */
                            type: "Polygon";
                            coordinates: number[][][];
                        } | {
                            /** @enum {string} */
                            type: "MultiPolygon";
                            coordinates: number[][][][];
                        });
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            lat: number;
                            lng: number;
                            boundary: (never | null) | ({
                                /** @enum {string} */
                                type: "Polygon";
                                coordinates: number[][][];
                            } | {
                                /** @enum {string} */
                                type: "MultiPolygon";
                                coordinates: number[][][][];
                            });
                            source: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 区的地图：底图来源与街道、居委会、小区的位置和边界 / A district's map: tile sources and the points and boundaries of its streets, committees and compounds */
        get: {
            parameters: {
                query?: {
                    /** @description 区划代码 / district code */
                    district?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            district: {
                                id: number;
                                name: string;
                                code: string | null;
                            };
                            layers: {
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                kind: "wmts" | "xyz";
                                url: string;
                                crs: "WGS84" | "GCJ02" | "BD09";
                                attribution?: string;
                                subdomains?: string[];
                                maxZoom?: number;
                                overlay?: boolean;
                            }[];
                            units: {
                                id: number;
                                parentId: number | null;
                                type: "district" | "street" | "committee" | "compound";
                                name: string;
                                lat: number;
                                lng: number;
                                boundary: (never | null) | ({
                                    /** @enum {string} */
                                    type: "Polygon";
                                    coordinates: number[][][];
                                } | {
                                    /** @enum {string} */
                                    type: "MultiPolygon";
                                    coordinates: number[][][][];
                                });
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/map/places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按名称或地址查找本区的小区、楼栋、居委会与街道及其地图位置（不含房屋） / Find compounds, buildings, committees and streets of the district by name or address, with their points (never a house) */
        get: {
            parameters: {
                query: {
                    /** @description 名称或地址，空格分隔多个词 / name or address; words separated by spaces */
                    q: string;
                    /** @description 区划代码 / district code */
                    district?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                type: "street" | "committee" | "compound" | "building";
                                name: string;
                                /** @description the unit it lies in: a building's compound, a compound's committee */
                                within: string | null;
                                /** @description a compound's address (弄/号) */
                                address: string | null;
                                /** @description the committee a compound or building is in */
                                committee: string | null;
                                /** @description WGS-84 */
                                lat: number;
                                /** @description WGS-84 */
                                lng: number;
                                /** @description the unit whose point this is (a building's compound when the building has none) */
                                pointOf: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 角色目录 / Roles */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                role: string;
                                label: {
                                    zh: string;
                                    en: string;
                                };
                                scopeKind: string;
                                unitTypes: string[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 用户列表 / Users */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                username: string;
                                displayName: string;
                                active: boolean;
                                lockedUntil: string | null;
                                mustChangePassword: boolean;
                                positions: {
                                    id: number;
                                    role: string;
                                    roleLabel: {
                                        zh: string;
                                        en: string;
                                    };
                                    unitId: number | null;
                                    unitName: string | null;
                                    departmentId: number | null;
                                    departmentName: string | null;
                                    gridId: number | null;
                                    gridName: string | null;
                                }[];
                                manageable?: boolean;
                            }[];
                            total: number;
                            totalCapped?: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建用户 / Create a user */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        displayName: string;
                        initialPassword: string;
                        position: {
                            role: string;
                            unitId: number;
                            departmentId?: number | null;
                            gridId?: number | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            username: string;
                            displayName: string;
                            active: boolean;
                            lockedUntil: string | null;
                            mustChangePassword: boolean;
                            positions: {
                                id: number;
                                role: string;
                                roleLabel: {
                                    zh: string;
                                    en: string;
                                };
                                unitId: number | null;
                                unitName: string | null;
                                departmentId: number | null;
                                departmentName: string | null;
                                gridId: number | null;
                                gridName: string | null;
                            }[];
                            manageable?: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 用户详情 / User */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            username: string;
                            displayName: string;
                            active: boolean;
                            lockedUntil: string | null;
                            mustChangePassword: boolean;
                            positions: {
                                id: number;
                                role: string;
                                roleLabel: {
                                    zh: string;
                                    en: string;
                                };
                                unitId: number | null;
                                unitName: string | null;
                                departmentId: number | null;
                                departmentName: string | null;
                                gridId: number | null;
                                gridName: string | null;
                            }[];
                            manageable?: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 修改用户 / Edit a user */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            username: string;
                            displayName: string;
                            active: boolean;
                            lockedUntil: string | null;
                            mustChangePassword: boolean;
                            positions: {
                                id: number;
                                role: string;
                                roleLabel: {
                                    zh: string;
                                    en: string;
                                };
                                unitId: number | null;
                                unitName: string | null;
                                departmentId: number | null;
                                departmentName: string | null;
                                gridId: number | null;
                                gridName: string | null;
                            }[];
                            manageable?: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 停用账号（结束其会话） / Disable an account (ends its sessions) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            username: string;
                            displayName: string;
                            active: boolean;
                            lockedUntil: string | null;
                            mustChangePassword: boolean;
                            positions: {
                                id: number;
                                role: string;
                                roleLabel: {
                                    zh: string;
                                    en: string;
                                };
                                unitId: number | null;
                                unitName: string | null;
                                departmentId: number | null;
                                departmentName: string | null;
                                gridId: number | null;
                                gridName: string | null;
                            }[];
                            manageable?: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 启用账号 / Enable an account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            username: string;
                            displayName: string;
                            active: boolean;
                            lockedUntil: string | null;
                            mustChangePassword: boolean;
                            positions: {
                                id: number;
                                role: string;
                                roleLabel: {
                                    zh: string;
                                    en: string;
                                };
                                unitId: number | null;
                                unitName: string | null;
                                departmentId: number | null;
                                departmentName: string | null;
                                gridId: number | null;
                                gridName: string | null;
                            }[];
                            manageable?: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/users/{id}/positions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 添加岗位 / Add a position */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        role: string;
                        unitId: number;
                        departmentId?: number | null;
                        gridId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            username: string;
                            displayName: string;
                            active: boolean;
                            lockedUntil: string | null;
                            mustChangePassword: boolean;
                            positions: {
                                id: number;
                                role: string;
                                roleLabel: {
                                    zh: string;
                                    en: string;
                                };
                                unitId: number | null;
                                unitName: string | null;
                                departmentId: number | null;
                                departmentName: string | null;
                                gridId: number | null;
                                gridName: string | null;
                            }[];
                            manageable?: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/users/{id}/positions/{positionId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结束岗位 / End a position */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    positionId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            username: string;
                            displayName: string;
                            active: boolean;
                            lockedUntil: string | null;
                            mustChangePassword: boolean;
                            positions: {
                                id: number;
                                role: string;
                                roleLabel: {
                                    zh: string;
                                    en: string;
                                };
                                unitId: number | null;
                                unitName: string | null;
                                departmentId: number | null;
                                departmentName: string | null;
                                gridId: number | null;
                                gridName: string | null;
                            }[];
                            manageable?: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重置密码 / Reset password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        initialPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/login-locks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 登录失败计数与锁定 / Failed-login counters and locks */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                userId: number;
                                username: string;
                                displayName: string;
                                /** @description the client address the failures came from (an IPv6 address by its /64) */
                                source: string;
                                failures: number;
                                firstFailedAt: string;
                                lastFailedAt: string;
                                /** @description set while this source is locked out of this account */
                                lockedUntil: string | null;
                            }[];
                            total: number;
                            totalCapped?: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/users/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 解除登录锁定（清除失败计数） / Unlock (clear failed-login counters) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description only this source's counter; without it, every source's */
                        source?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/users/{id}/second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 用户的两步验证状态 / A user's two-factor status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            enabled: boolean;
                            /** @description a key was made and waits for its first code */
                            pending: boolean;
                            /** Format: date-time */
                            confirmedAt: string | null;
                            recoveryCodesLeft: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/users/{id}/second-factor/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重置用户的两步验证（审计） / Reset a user's two-factor authentication (audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/sign-up/districts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可用手机号注册的区 / Districts that take sign-ups by phone */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/sign-up/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取注册验证码（短信） / Ask for a sign-up code by SMS
         * @description 无论该手机号是否已注册，答复都相同；已注册的号码收到的是提醒短信而非验证码 / The answer is the same whether the phone has an account or not; a phone that has one is told so by SMS instead of getting a code
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 中国大陆手机号 / mainland China mobile number */
                        phone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sentTo: string;
                            expiresInSeconds: number;
                            resendAfterSeconds: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/sign-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 用手机号注册并登录 / Sign up with a phone and log in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 中国大陆手机号 / mainland China mobile number */
                        phone: string;
                        code: string;
                        password: string;
                        districtCode: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            username: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 实有人口查询 / Query residents */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    unitId?: number;
                    gridId?: number;
                    q?: string;
                    /** @description comma-separated tag codes, all required */
                    tags?: string;
                    ageMin?: number;
                    ageMax?: number;
                    gender?: "male" | "female";
                    residence?: "registered_living" | "registered_away" | "migrant" | "foreigner";
                    noVisitDays?: number;
                    /** @description those who moved away or died, instead of those living here */
                    departed?: boolean;
                    sort?: "address" | "name" | "age" | "updated";
                    desc?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                name: string;
                                gender: string | null;
                                birthDate: string | null;
                                age: number | null;
                                ethnicity: string | null;
                                nationality: string | null;
                                docType: string;
                                docTypeLabel: {
                                    zh: string;
                                    en: string;
                                };
                                docMasked: string;
                                phoneMasked: string | null;
                                residence: string;
                                residenceLabel: {
                                    zh: string;
                                    en: string;
                                };
                                houseId: number | null;
                                address: {
                                    houseId: number;
                                    house: string;
                                    compound: string | null;
                                    committee: string | null;
                                    text: string;
                                } | null;
                                tags: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                    sensitive: boolean;
                                }[];
                                /** @enum {string|null} */
                                departed: "moved_out" | "deceased" | null;
                                departedOn: string | null;
                                updatedAt: string;
                            }[];
                            total: number;
                            totalCapped?: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 登记人员 / Register a person */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        docType: "resident_id" | "passport" | "hk_macao_permit" | "taiwan_permit" | "foreign_permanent";
                        docNumber: string;
                        /** @enum {string|null} */
                        gender?: "male" | "female" | null;
                        /** Format: date */
                        birthDate?: string | null;
                        ethnicity?: string | null;
                        nationality?: string | null;
                        phone?: string | null;
                        /** @enum {string} */
                        residence: "registered_living" | "registered_away" | "migrant" | "foreigner";
                        houseId: number;
                        /** @enum {string} */
                        relation: "owner" | "tenant" | "family" | "resident";
                        /** Format: date */
                        since?: string | null;
                        headPersonId?: number | null;
                        relationToHead?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/persons/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出名单（脱敏，留痕；超过本区限额须说明用途并经审批） / Export the list (masked, logged; above the district's limit: a reason and approval) */
        get: {
            parameters: {
                query?: {
                    unitId?: number;
                    gridId?: number;
                    q?: string;
                    /** @description comma-separated tag codes, all required */
                    tags?: string;
                    ageMin?: number;
                    ageMax?: number;
                    gender?: "male" | "female";
                    residence?: "registered_living" | "registered_away" | "migrant" | "foreigner";
                    noVisitDays?: number;
                    /** @description those who moved away or died, instead of those living here */
                    departed?: boolean;
                    sort?: "address" | "name" | "age" | "updated";
                    desc?: boolean;
                    /** @description why the list is needed; required when the export needs approval */
                    reason?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 工作簿 (.xlsx) / The workbook (.xlsx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description 须审批：已提交导出申请 / Approval needed: the export request made */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "expired" | "downloaded";
                            createdAt: string;
                            requesterId: number;
                            requesterName: string;
                            requesterRole: string;
                            unitName: string | null;
                            filters: {
                                [key: string]: unknown;
                            };
                            rows: number;
                            reason: string;
                            decidedByName: string | null;
                            decidedAt: string | null;
                            decisionNote: string | null;
                            expiresAt: string | null;
                            downloadedAt: string | null;
                            can: {
                                decide: boolean;
                                download: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/persons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人员详情 / Person */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            gender: string | null;
                            birthDate: string | null;
                            age: number | null;
                            ethnicity: string | null;
                            nationality: string | null;
                            docType: string;
                            docTypeLabel: {
                                zh: string;
                                en: string;
                            };
                            docMasked: string;
                            phoneMasked: string | null;
                            residence: string;
                            residenceLabel: {
                                zh: string;
                                en: string;
                            };
                            houseId: number | null;
                            address: {
                                houseId: number;
                                house: string;
                                compound: string | null;
                                committee: string | null;
                                text: string;
                            } | null;
                            tags: {
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                sensitive: boolean;
                            }[];
                            /** @enum {string|null} */
                            departed: "moved_out" | "deceased" | null;
                            departedOn: string | null;
                            updatedAt: string;
                        } & {
                            houses: {
                                houseId: number;
                                relation: string;
                                relationLabel: {
                                    zh: string;
                                    en: string;
                                };
                                since: string | null;
                                address: {
                                    houseId: number;
                                    house: string;
                                    compound: string | null;
                                    committee: string | null;
                                    text: string;
                                } | null;
                            }[];
                            tagDetails: {
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                source: string;
                                startDate: string;
                                sensitive: boolean;
                            }[];
                            households: {
                                id: number;
                                houseId: number;
                                headPersonId: number | null;
                                relationToHead: string | null;
                            }[];
                            movedTo: string | null;
                            can: {
                                edit: boolean;
                                reveal: boolean;
                                tag: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 修改人员 / Update a person */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        docType: "resident_id" | "passport" | "hk_macao_permit" | "taiwan_permit" | "foreign_permanent";
                        docNumber: string;
                        /** @enum {string|null} */
                        gender?: "male" | "female" | null;
                        /** Format: date */
                        birthDate?: string | null;
                        ethnicity?: string | null;
                        nationality?: string | null;
                        phone?: string | null;
                        /** @enum {string} */
                        residence: "registered_living" | "registered_away" | "migrant" | "foreigner";
                        houseId: number;
                        /** @enum {string} */
                        relation: "owner" | "tenant" | "family" | "resident";
                        /** Format: date */
                        since?: string | null;
                        headPersonId?: number | null;
                        relationToHead?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/persons/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 查看完整证件号或电话（须说明用途，留痕） / Reveal a full number (purpose required, audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        field: "docNumber" | "phone";
                        purpose: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            value: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/persons/{id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 设置或结束人员标签 / Set or end a tag */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        on: boolean;
                        /** Format: date */
                        start?: string | null;
                        /** Format: date */
                        end?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changed: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 标签目录（按权限过滤敏感标签） / Tag catalog (sensitive tags only for those entitled) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            draft: boolean;
                            groups: {
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                sensitive: boolean;
                            }[];
                            items: {
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                level: string;
                                group: string | null;
                                target: string;
                                sensitive: boolean;
                                computed: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/persons/{id}/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 更正电话、居住状态、民族、国籍（留痕） / Correct the phone, residence, ethnicity or nationality (audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        phone?: string | null;
                        /** @enum {string} */
                        residence?: "registered_living" | "registered_away" | "migrant" | "foreigner";
                        ethnicity?: string | null;
                        nationality?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            changed: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/persons/{id}/departure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记迁出或死亡 / Record that a person moved away or died */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "moved_out" | "deceased";
                        /** Format: date */
                        date: string;
                        movedTo?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/persons/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 变更居住房屋（迁入辖区内另一处房屋） / Move to another house within reach */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        houseId: number;
                        /** @enum {string} */
                        relation: "owner" | "tenant" | "family" | "resident";
                        /** Format: date */
                        since?: string | null;
                        headPersonId?: number | null;
                        relationToHead?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            houseId: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/persons/{id}/head": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 设为户主 / Make head of household */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        householdId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            householdId: number;
                            changed: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/houses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 房屋：户、人、标签、走访 / House: households, people, tags, visits */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            houseId: number;
                            address: {
                                houseId: number;
                                house: string;
                                compound: string | null;
                                committee: string | null;
                                text: string;
                            };
                            use: string;
                            areaM2: string | null;
                            ownership: string | null;
                            lastVisitedAt: string | null;
                            people: ({
                                id: number;
                                name: string;
                                gender: string | null;
                                birthDate: string | null;
                                age: number | null;
                                ethnicity: string | null;
                                nationality: string | null;
                                docType: string;
                                docTypeLabel: {
                                    zh: string;
                                    en: string;
                                };
                                docMasked: string;
                                phoneMasked: string | null;
                                residence: string;
                                residenceLabel: {
                                    zh: string;
                                    en: string;
                                };
                                houseId: number | null;
                                address: {
                                    houseId: number;
                                    house: string;
                                    compound: string | null;
                                    committee: string | null;
                                    text: string;
                                } | null;
                                tags: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                    sensitive: boolean;
                                }[];
                                /** @enum {string|null} */
                                departed: "moved_out" | "deceased" | null;
                                departedOn: string | null;
                                updatedAt: string;
                            } & {
                                relation: string | null;
                                relationLabel: {
                                    zh: string;
                                    en: string;
                                } | null;
                            })[];
                            households: {
                                id: number;
                                headPersonId: number | null;
                                members: {
                                    personId: number;
                                    relationToHead: string | null;
                                }[];
                            }[];
                            can: {
                                edit: boolean;
                                visit: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 修改房屋信息 / Update house information */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        use?: "residence" | "rental" | "shop" | "vacant" | "other";
                        areaM2?: number | null;
                        /** @enum {string|null} */
                        ownership?: "private" | "public_rental" | "other" | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            houseId: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/units/{id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 房屋、楼栋、小区的标签 / Tags of a house, building or compound */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                unitId: number;
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                source: string;
                                startDate: string;
                                endDate: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 设置或结束房屋、楼栋、小区标签 / Set or end a tag on a house, building or compound */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        on: boolean;
                        /** Format: date */
                        start?: string | null;
                        /** Format: date */
                        end?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changed: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/units/{id}/tag-counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 辖区内各标签人数 / People per tag in a unit */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                sensitive: boolean;
                                count: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/units/{id}/quality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 各居委会数据质量 / Data quality per committee */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                committeeId: number;
                                name: string;
                                code: string | null;
                                houses: number;
                                matchedHouses: number;
                                persons: number;
                                withoutPhone: number;
                                stale: number;
                                registeredAway: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 走访记录 / Visits */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    unitId?: number;
                    houseId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                clientId: string;
                                houseId: number;
                                visitedAt: string;
                                kind: string;
                                findings: string;
                                visitorName: string;
                                needs: {
                                    id: number;
                                    text: string;
                                    category: string;
                                    status: string;
                                    linkType: string | null;
                                    linkId: string | null;
                                }[];
                            }[];
                            total: number;
                            totalCapped?: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 记录走访（离线补传按 clientId 去重） / Record a visit (offline sync deduplicated by clientId) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        clientId: string;
                        houseId: number;
                        /** Format: date-time */
                        visitedAt: string;
                        /** @enum {string} */
                        kind: "routine" | "care" | "follow_up" | "patrol";
                        findings: string;
                        needs: {
                            text: string;
                            category: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            clientId: string;
                            houseId: number;
                            visitedAt: string;
                            kind: string;
                            findings: string;
                            visitorName: string;
                            needs: {
                                id: number;
                                text: string;
                                category: string;
                                status: string;
                                linkType: string | null;
                                linkId: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            clientId: string;
                            houseId: number;
                            visitedAt: string;
                            kind: string;
                            findings: string;
                            visitorName: string;
                            needs: {
                                id: number;
                                text: string;
                                category: string;
                                status: string;
                                linkType: string | null;
                                linkId: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/units/{id}/visit-coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 走访覆盖率（默认本年） / Visit coverage (this year by default) */
        get: {
            parameters: {
                query?: {
                    since?: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            territory: {
                                /** @description 'grid', a unit type, or 'scope' (several units of one position) */
                                kind: string;
                                id: number | null;
                                name: string;
                            } | null;
                            since: string;
                            households: number;
                            visited: number;
                            visits: number;
                            needs: number;
                            solved: number;
                            visitors: {
                                visitorId: number;
                                visitorName: string;
                                visits: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/units/{id}/unvisited": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 未走访的户 / Households not visited */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    since?: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                householdId: number;
                                houseId: number;
                                headPersonId: number | null;
                                lastVisitedAt: string | null;
                                address: {
                                    houseId: number;
                                    house: string;
                                    compound: string | null;
                                    committee: string | null;
                                    text: string;
                                } | null;
                            }[];
                            total: number;
                            totalCapped?: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/grids/{id}/visit-coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 网格走访覆盖率（其居委会的户，默认本年） / Visit coverage of a grid (its committees' households, this year by default) */
        get: {
            parameters: {
                query?: {
                    since?: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            territory: {
                                /** @description 'grid', a unit type, or 'scope' (several units of one position) */
                                kind: string;
                                id: number | null;
                                name: string;
                            } | null;
                            since: string;
                            households: number;
                            visited: number;
                            visits: number;
                            needs: number;
                            solved: number;
                            visitors: {
                                visitorId: number;
                                visitorName: string;
                                visits: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/grids/{id}/unvisited": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 网格内未走访的户 / Households of a grid not visited */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    since?: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                householdId: number;
                                houseId: number;
                                headPersonId: number | null;
                                lastVisitedAt: string | null;
                                address: {
                                    houseId: number;
                                    house: string;
                                    compound: string | null;
                                    committee: string | null;
                                    text: string;
                                } | null;
                            }[];
                            total: number;
                            totalCapped?: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/visits/my-coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的辖区走访覆盖率（网格员为其网格） / Visit coverage of my own territory (a grid worker's grid) */
        get: {
            parameters: {
                query?: {
                    since?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            territory: {
                                /** @description 'grid', a unit type, or 'scope' (several units of one position) */
                                kind: string;
                                id: number | null;
                                name: string;
                            } | null;
                            since: string;
                            households: number;
                            visited: number;
                            visits: number;
                            needs: number;
                            solved: number;
                            visitors: {
                                visitorId: number;
                                visitorName: string;
                                visits: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/visits/my-unvisited": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的辖区内未走访的户 / Households of my own territory not visited */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    since?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                householdId: number;
                                houseId: number;
                                headPersonId: number | null;
                                lastVisitedAt: string | null;
                                address: {
                                    houseId: number;
                                    house: string;
                                    compound: string | null;
                                    committee: string | null;
                                    text: string;
                                } | null;
                            }[];
                            total: number;
                            totalCapped?: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/import/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载导入模板 / Download the import template */
        get: {
            parameters: {
                query?: {
                    format?: "xlsx" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传导入文件（先试导入，再正式导入） / Upload an import file (dry run, then commit) */
        post: {
            parameters: {
                query?: {
                    dryRun?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            jobId: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/import/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导入进度与报告 / Import progress and report */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            status: string;
                            dryRun: boolean;
                            fileName: string;
                            totalRows: number;
                            processedRows: number;
                            okRows: number;
                            errorRows: number;
                            inserted: number;
                            updated: number;
                            unchanged: number;
                            createdUnits: number;
                            errors: {
                                row: number;
                                field: string;
                                column: {
                                    zh: string;
                                    en: string;
                                };
                                code: string;
                                message: {
                                    zh: string;
                                    en: string;
                                };
                                value?: string;
                            }[];
                            failure: {
                                zh: string;
                                en: string;
                            } | null;
                            startedAt: string | null;
                            finishedAt: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/share/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 数据共享：实有人口查询（接口令牌，须说明用途，留痕） / Data sharing: residents (API token, purpose required, logged) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    unitId?: number;
                    gridId?: number;
                    q?: string;
                    /** @description comma-separated tag codes, all required */
                    tags?: string;
                    ageMin?: number;
                    ageMax?: number;
                    gender?: "male" | "female";
                    residence?: "registered_living" | "registered_away" | "migrant" | "foreigner";
                    noVisitDays?: number;
                    /** @description those who moved away or died, instead of those living here */
                    departed?: boolean;
                    sort?: "address" | "name" | "age" | "updated";
                    desc?: boolean;
                };
                header: {
                    /** @description 用途（如：为老服务补贴核对）/ purpose of the query */
                    "x-purpose": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                name: string;
                                gender: string | null;
                                birthDate: string | null;
                                age: number | null;
                                ethnicity: string | null;
                                nationality: string | null;
                                docType: string;
                                docTypeLabel: {
                                    zh: string;
                                    en: string;
                                };
                                docMasked: string;
                                phoneMasked: string | null;
                                residence: string;
                                residenceLabel: {
                                    zh: string;
                                    en: string;
                                };
                                houseId: number | null;
                                address: {
                                    houseId: number;
                                    house: string;
                                    compound: string | null;
                                    committee: string | null;
                                    text: string;
                                } | null;
                                tags: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                    sensitive: boolean;
                                }[];
                                /** @enum {string|null} */
                                departed: "moved_out" | "deceased" | null;
                                departedOn: string | null;
                                updatedAt: string;
                            }[];
                            total: number;
                            totalCapped?: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/binding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 居民申请实名绑定 / A resident asks to be bound to their record
         * @description 任何姓名与证件号码都得到同样的答复；居委会核实后绑定 / Every name and number gets the same answer; the committee checks before binding
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        docNumber: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            status: string;
                            expiresAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/binding/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回实名绑定申请 / Withdraw one's binding request */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/bindings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 实名绑定申请 / Binding requests */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "approved" | "rejected";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                status: string;
                                createdAt: string;
                                expiresAt: string | null;
                                houseId: number;
                                personId: number;
                                personName: string;
                                docMasked: string;
                                username: string;
                                displayName: string;
                                note: string | null;
                                address: {
                                    houseId: number;
                                    house: string;
                                    compound: string | null;
                                    committee: string | null;
                                    text: string;
                                } | null;
                                boundElsewhere: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/bindings/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核实名绑定 / Decide a binding request */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approve: boolean;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的登记信息 / My record */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            person: {
                                id: number;
                                name: string;
                                gender: string | null;
                                birthDate: string | null;
                                age: number | null;
                                ethnicity: string | null;
                                nationality: string | null;
                                docType: string;
                                docTypeLabel: {
                                    zh: string;
                                    en: string;
                                };
                                docMasked: string;
                                phoneMasked: string | null;
                                residence: string;
                                residenceLabel: {
                                    zh: string;
                                    en: string;
                                };
                                houseId: number | null;
                                address: {
                                    houseId: number;
                                    house: string;
                                    compound: string | null;
                                    committee: string | null;
                                    text: string;
                                } | null;
                                tags: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                    sensitive: boolean;
                                }[];
                                /** @enum {string|null} */
                                departed: "moved_out" | "deceased" | null;
                                departedOn: string | null;
                                updatedAt: string;
                            } | null;
                            household: {
                                personId: number;
                                name: string;
                                relationToHead: string | null;
                            }[];
                            binding: {
                                id: number;
                                status: string;
                                createdAt: string;
                                expiresAt: string | null;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/export-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出申请（我的与待我审批的） / Export requests (mine and those I may decide) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    view?: "mine" | "decide";
                    status?: "pending" | "approved" | "rejected" | "expired" | "downloaded";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "expired" | "downloaded";
                                createdAt: string;
                                requesterId: number;
                                requesterName: string;
                                requesterRole: string;
                                unitName: string | null;
                                filters: {
                                    [key: string]: unknown;
                                };
                                rows: number;
                                reason: string;
                                decidedByName: string | null;
                                decidedAt: string | null;
                                decisionNote: string | null;
                                expiresAt: string | null;
                                downloadedAt: string | null;
                                can: {
                                    decide: boolean;
                                    download: boolean;
                                };
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                            districtId: number | null;
                            approvalAbove: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/export-requests/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审批导出申请 / Approve or reject an export request */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approve: boolean;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            status: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/export-requests/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 下载已批准的导出（仅一次，留痕） / Download an approved export (once, logged) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 工作簿 (.xlsx) / The workbook (.xlsx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/export-policy/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本区名单导出审批限额 / The district's export approval limit */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            districtId: number;
                            districtName: string;
                            approvalAbove: number | null;
                            isDefault: boolean;
                            defaultApprovalAbove: number;
                            updatedAt: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 设置名单导出审批限额 / Set the export approval limit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approvalAbove: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            districtId: number;
                            districtName: string;
                            approvalAbove: number | null;
                            isDefault: boolean;
                            defaultApprovalAbove: number;
                            updatedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/estate/compounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 小区的物业与业委会一览（含提醒） / Compounds with property service and owners' committee (with warnings) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    /** @description a street or committee inside the caller's scope */
                    unitId?: number;
                    q?: string;
                    state?: "attention" | "contractExpiring" | "contractExpired" | "noContract" | "termExpired" | "noOwnersCommittee";
                    sort?: "name" | "contractEnd" | "termEnd";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                name: string;
                                code: string | null;
                                committee: {
                                    id: number;
                                    name: string;
                                } | null;
                                housingType: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                } | null;
                                company: {
                                    id: number;
                                    name: string;
                                } | null;
                                contractId: number | null;
                                contractStart: string | null;
                                contractEnd: string | null;
                                /** @description end of the last contract when none is in force */
                                lapsedOn: string | null;
                                /** @enum {string} */
                                serviceState: "active" | "expiring" | "expired" | "upcoming" | "none";
                                ownersCommittee: {
                                    id: number;
                                    termId: number | null;
                                    termNumber: number | null;
                                    termEnd: string | null;
                                } | null;
                                /** @enum {string} */
                                ownersCommitteeState: "current" | "expired" | "none";
                                flags: {
                                    contractExpiring: boolean;
                                    termExpired: boolean;
                                    noOwnersCommittee: boolean;
                                };
                            }[];
                            total: number;
                            totalCapped?: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/estate/compounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 小区物业与业委会档案 / A compound's estate card */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            compound: {
                                id: number;
                                name: string;
                                code: string | null;
                                housingType: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                } | null;
                                committee: {
                                    id: number;
                                    name: string;
                                } | null;
                            };
                            /** @enum {string} */
                            serviceState: "active" | "expiring" | "expired" | "upcoming" | "none";
                            /** @enum {string} */
                            ownersCommitteeState: "current" | "expired" | "none";
                            flags: {
                                contractExpiring: boolean;
                                termExpired: boolean;
                                noOwnersCommittee: boolean;
                            };
                            contracts: {
                                id: number;
                                compoundId: number;
                                company: {
                                    id: number;
                                    name: string;
                                    creditCode: string;
                                    contactName: string | null;
                                    phoneMasked: string | null;
                                };
                                startDate: string;
                                endDate: string;
                                serviceScope: string | null;
                                feeFenPerM2: number | null;
                                /** @enum {string} */
                                status: "active" | "expired" | "upcoming";
                            }[];
                            ownersCommittee: {
                                id: number;
                                name: string;
                            } | null;
                            terms: {
                                id: number;
                                termNumber: number;
                                startDate: string;
                                endDate: string;
                                electionDate: string | null;
                                electionRef: string | null;
                                /** @enum {string} */
                                status: "current" | "expired" | "ended";
                                endedOn: string | null;
                                members: {
                                    id: number;
                                    name: string;
                                    /** @enum {string} */
                                    role: "director" | "deputy" | "member";
                                    roleLabel: {
                                        zh: string;
                                        en: string;
                                    };
                                    personId: number | null;
                                    phoneMasked: string | null;
                                    since: string;
                                    until: string | null;
                                    inOffice: boolean;
                                }[];
                            }[];
                            can: {
                                manage: boolean;
                                reveal: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/estate/compounds/{id}/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记物业服务合同 / Record a property service contract */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        companyId: number;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        startDate: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        endDate: string;
                        serviceScope?: string | null;
                        /** @description fen per m² per month */
                        feeFenPerM2?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/estate/compounds/{id}/terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 业委会新一届任期（首届或换届，上一届随之结束） / Start an owners' committee term (first election or re-election; the previous term ends) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        startDate: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        endDate?: string | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        electionDate?: string | null;
                        electionRef?: string | null;
                        carryOverMembers?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            termNumber: number;
                            previousTermId: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/estate/contracts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改物业服务合同 / Update a property service contract */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        companyId: number;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        startDate: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        endDate: string;
                        serviceScope?: string | null;
                        /** @description fen per m² per month */
                        feeFenPerM2?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/estate/contracts/{id}/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 删除误录的物业服务合同 / Delete a contract entered by mistake */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/estate/terms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改任期（结束日期、选举信息） / Update a term (end date, election details) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        endDate: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        electionDate?: string | null;
                        electionRef?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/estate/terms/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 增加业委会成员 / Add a committee member */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string | null;
                        /** @enum {string} */
                        role: "director" | "deputy" | "member";
                        personId?: number | null;
                        phone?: string | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        since?: string | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        until?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/estate/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改业委会成员（职务、电话、任职起止） / Update a committee member (role, phone, office dates) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string | null;
                        /** @enum {string} */
                        role: "director" | "deputy" | "member";
                        personId?: number | null;
                        phone?: string | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        since?: string | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        until?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/estate/members/{id}/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 删除误录的业委会成员 / Delete a member entered by mistake */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/estate/members/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 查看成员完整电话（须说明用途，留痕） / Reveal a member's full phone (purpose required, audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        purpose: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            value: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/estate/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 物业企业名录 / Register of property companies */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                id: number;
                                name: string;
                                creditCode: string;
                                contactName: string | null;
                                phoneMasked: string | null;
                                address: string | null;
                            } & {
                                /** @description compounds in the caller's scope under a contract in force today */
                                serving: number;
                            })[];
                            total: number;
                            totalCapped?: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 登记物业企业 / Register a property company */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        creditCode: string;
                        contactName?: string | null;
                        phone?: string | null;
                        address?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/estate/companies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 物业企业及其在管小区 / A property company and the compounds it serves */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            creditCode: string;
                            contactName: string | null;
                            phoneMasked: string | null;
                            address: string | null;
                        } & {
                            contracts: {
                                id: number;
                                compoundId: number;
                                compoundName: string;
                                startDate: string;
                                endDate: string;
                                serviceScope: string | null;
                                feeFenPerM2: number | null;
                                /** @enum {string} */
                                status: "active" | "expired" | "upcoming";
                            }[];
                            can: {
                                manage: boolean;
                                reveal: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 修改物业企业 / Update a property company */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        creditCode: string;
                        contactName?: string | null;
                        phone?: string | null;
                        address?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/estate/companies/{id}/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 删除误录的物业企业 / Delete a company entered by mistake */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/estate/companies/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 查看物业联系人完整电话（须说明用途，留痕） / Reveal a company contact's full phone (purpose required, audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        purpose: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            value: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 居民反映诉求（随手拍） / A resident reports an appeal (photo report) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        categoryCode: string;
                        title: string;
                        description: string;
                        urgent?: boolean;
                        unitId?: number | null;
                        lat?: number | null;
                        lng?: number | null;
                        address?: string | null;
                        anonymous?: boolean;
                        reporterName?: string | null;
                        reporterPhone?: string | null;
                        contactShared?: boolean;
                        handleSelf?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            status: "received" | "dispatched" | "accepted" | "in_progress" | "suspended" | "resolved" | "closed" | "merged" | "invalid";
                            created: boolean;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            status: "received" | "dispatched" | "accepted" | "in_progress" | "suspended" | "resolved" | "closed" | "merged" | "invalid";
                            created: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工单列表（派单台、收件箱、我的诉求） / Work orders (dispatch queue, inbox, my appeals) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    view?: "all" | "triage" | "unplaced" | "inbox" | "mine" | "supervised" | "extension";
                    /** @description comma-separated statuses */
                    status?: string;
                    sla?: "green" | "yellow" | "red";
                    channel?: "photo" | "desk" | "visit" | "patrol" | "hotline" | "sensor" | "survey" | "meeting" | "open311" | "transfer";
                    category?: string;
                    unitId?: number;
                    q?: string;
                    from?: string;
                    to?: string;
                    sort?: "received_desc" | "received_asc" | "due_asc";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                status: "received" | "dispatched" | "accepted" | "in_progress" | "suspended" | "resolved" | "closed" | "merged" | "invalid";
                                channel: string;
                                discovery: string;
                                categoryCode: string;
                                categoryGroup: string;
                                categoryName: {
                                    zh: string;
                                    en: string;
                                };
                                groupName: {
                                    zh: string;
                                    en: string;
                                };
                                title: string;
                                urgent: boolean;
                                unitId: number | null;
                                unitName: string | null;
                                streetId: number | null;
                                streetName: string | null;
                                address: string | null;
                                lat: number | null;
                                lng: number | null;
                                /** @description 定位方式（词表 appeals.placement） / How the place was found (vocabulary appeals.placement) */
                                placement: "given" | "boundary" | "nearest_compound" | "nearest_committee" | "desk" | "unplaced";
                                /** @description 距匹配小区或居委会的米数 / Metres from the matched compound or committee */
                                placementM: number | null;
                                handler: {
                                    kind: "committee" | "street" | "department";
                                    id: number;
                                    name: string;
                                } | null;
                                receivedAt: string;
                                acceptDueAt: string | null;
                                resolveDueAt: string | null;
                                sla: string;
                                supervised: boolean;
                                rating: string | null;
                                reopenCount: number;
                                mergedIntoId: number | null;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 登记诉求（首问接待、巡查、走访） / Register an appeal (front desk, patrol, visit) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        categoryCode: string;
                        title: string;
                        description: string;
                        urgent?: boolean;
                        unitId?: number | null;
                        lat?: number | null;
                        lng?: number | null;
                        address?: string | null;
                        anonymous?: boolean;
                        reporterName?: string | null;
                        reporterPhone?: string | null;
                        contactShared?: boolean;
                        handleSelf?: boolean;
                        channel: "desk" | "visit" | "patrol" | "survey" | "meeting";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            status: "received" | "dispatched" | "accepted" | "in_progress" | "suspended" | "resolved" | "closed" | "merged" | "invalid";
                            created: boolean;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            status: "received" | "dispatched" | "accepted" | "in_progress" | "suspended" | "resolved" | "closed" | "merged" | "invalid";
                            created: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/alarms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 物联感知、视频告警推送（系统令牌，按告警号幂等） / Sensor or video alarm from a system (API token; idempotent by alarm id) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        categoryCode: string;
                        title: string;
                        description: string;
                        urgent?: boolean;
                        unitId?: number | null;
                        lat?: number | null;
                        lng?: number | null;
                        address?: string | null;
                        source: string;
                        alarmId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            status: "received" | "dispatched" | "accepted" | "in_progress" | "suspended" | "resolved" | "closed" | "merged" | "invalid";
                            created: boolean;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            status: "received" | "dispatched" | "accepted" | "in_progress" | "suspended" | "resolved" | "closed" | "merged" | "invalid";
                            created: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工单详情、流转记录与可执行操作 / An order with its history and possible steps */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            status: "received" | "dispatched" | "accepted" | "in_progress" | "suspended" | "resolved" | "closed" | "merged" | "invalid";
                            channel: string;
                            discovery: string;
                            categoryCode: string;
                            categoryGroup: string;
                            categoryName: {
                                zh: string;
                                en: string;
                            };
                            groupName: {
                                zh: string;
                                en: string;
                            };
                            title: string;
                            urgent: boolean;
                            unitId: number | null;
                            unitName: string | null;
                            streetId: number | null;
                            streetName: string | null;
                            address: string | null;
                            lat: number | null;
                            lng: number | null;
                            /** @description 定位方式（词表 appeals.placement） / How the place was found (vocabulary appeals.placement) */
                            placement: "given" | "boundary" | "nearest_compound" | "nearest_committee" | "desk" | "unplaced";
                            /** @description 距匹配小区或居委会的米数 / Metres from the matched compound or committee */
                            placementM: number | null;
                            handler: {
                                kind: "committee" | "street" | "department";
                                id: number;
                                name: string;
                            } | null;
                            receivedAt: string;
                            acceptDueAt: string | null;
                            resolveDueAt: string | null;
                            sla: string;
                            supervised: boolean;
                            rating: string | null;
                            reopenCount: number;
                            mergedIntoId: number | null;
                            description: string;
                            reporter: {
                                anonymous: boolean;
                                name: string | null;
                                phone: string | null;
                                contactShared: boolean;
                            };
                            dispatchedAt: string | null;
                            acceptedAt: string | null;
                            resolvedAt: string | null;
                            closedAt: string | null;
                            extension: {
                                days: number;
                                reason: string;
                                requestedAt: string;
                            } | null;
                            onTime: boolean | null;
                            sourceSystem: string | null;
                            externalId: string | null;
                            as: string[];
                            actions: string[];
                            history: {
                                seq: number;
                                step: string;
                                fromStatus: string | null;
                                toStatus: string;
                                actorName: string;
                                actorKind: string;
                                at: string;
                                note: string | null;
                                notePublic: boolean;
                                data: {
                                    [key: string]: unknown;
                                };
                            }[];
                            attachments: {
                                id: number;
                                kind: string;
                                fileName: string;
                                contentType: string;
                                size: number;
                                eventSeq: number | null;
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/orders/{id}/steps/{step}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 工单流转：派单、签收、退单、转派、延期、挂起、办结、评价、重办、督办、合并、作废 / A work-order step */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    step: "place" | "dispatch" | "transfer" | "accept" | "return" | "start" | "request_extension" | "approve_extension" | "reject_extension" | "suspend" | "resume" | "resolve" | "rate" | "reopen" | "close" | "supervise" | "merge" | "invalidate";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string | null;
                        /** @description 公开此说明（挂起、办结、结案、合并、作废） / Make the note public (suspend, resolve, close, merge, invalidate) */
                        notePublic?: boolean;
                        handler?: {
                            kind: "committee" | "street" | "department";
                            id: number;
                        };
                        rating?: "satisfied" | "basic" | "unsatisfied";
                        days?: number;
                        into?: number;
                        /** @description 人工定位的单位（街道、居委会、小区…） / The unit an order is placed in */
                        unitId?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            status: "received" | "dispatched" | "accepted" | "in_progress" | "suspended" | "resolved" | "closed" | "merged" | "invalid";
                            seq: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/orders/bulk/{step}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批量派单等批量操作（逐单校验，逐单结果） / The same step on many orders (each checked, each answered) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    step: "place" | "dispatch" | "transfer" | "accept" | "return" | "start" | "request_extension" | "approve_extension" | "reject_extension" | "suspend" | "resume" | "resolve" | "rate" | "reopen" | "close" | "supervise" | "merge" | "invalidate";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string | null;
                        /** @description 公开此说明（挂起、办结、结案、合并、作废） / Make the note public (suspend, resolve, close, merge, invalidate) */
                        notePublic?: boolean;
                        handler?: {
                            kind: "committee" | "street" | "department";
                            id: number;
                        };
                        rating?: "satisfied" | "basic" | "unsatisfied";
                        days?: number;
                        into?: number;
                        /** @description 人工定位的单位（街道、居委会、小区…） / The unit an order is placed in */
                        unitId?: number;
                        ids: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                ok: boolean;
                                status?: string;
                                code?: string;
                                message?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/orders/{id}/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 疑似重复诉求 / Possible duplicates of an order */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                title: string;
                                status: string;
                                receivedAt: string;
                                address: string | null;
                                score: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/orders/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 查看反映人完整电话（须说明用途，留痕） / Reveal the reporter's phone (purpose required, audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        purpose: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            phone: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/orders/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传照片或附件（按内容校验类型与大小） / Upload photos or files (type checked by content, size limited) */
        post: {
            parameters: {
                query?: {
                    kind?: "report" | "before" | "after" | "other";
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看附件 / Open an attachment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 问题分类与处置时限（草案标注） / Problem catalogue with time limits (draft marked) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            draft: boolean;
                            source: string | null;
                            publicView: {
                                placeLevel: "compound" | "street";
                            };
                            groups: {
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                subcategories: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                    acceptMinutes: number;
                                    urgentAcceptMinutes: number;
                                    resolveDays: number;
                                    public: boolean;
                                    private: boolean;
                                    handler: string | null;
                                }[];
                            }[];
                            teams: {
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/handlers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可派单的承办单位 / Units and departments an order can be sent to */
        get: {
            parameters: {
                query?: {
                    streetId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            departments: {
                                id: number;
                                name: string;
                                code: string;
                                street_id: number | null;
                                parent_id: number | null;
                            }[];
                            units: {
                                id: number;
                                name: string;
                                type: string;
                                parent_id: number | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/routing-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 派单规则（类别 × 区域 → 承办单位） / Routing rules (category × area → handler) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                categoryCode: string;
                                areaPath: string | null;
                                handlerKind: string;
                                departmentCode: string | null;
                                active: boolean;
                                note: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新增派单规则 / Add a routing rule */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        categoryCode: string;
                        areaUnitId?: number | null;
                        handlerKind: "committee" | "street" | "department" | "ops";
                        departmentCode?: string | null;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            categoryCode: string;
                            areaPath: string | null;
                            handlerKind: string;
                            departmentCode: string | null;
                            active: boolean;
                            note: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/routing-rules/{id}/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 启用或停用派单规则 / Enable or disable a routing rule */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            categoryCode: string;
                            areaPath: string | null;
                            handlerKind: string;
                            departmentCode: string | null;
                            active: boolean;
                            note: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/summons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 约请列表（居委会发起的、约请本单位的） / Summons (raised by a committee, inviting one's unit) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    /** @description inbox: summons inviting the caller's department or street office */
                    view?: "all" | "inbox";
                    /** @description comma-separated statuses */
                    status?: string;
                    /** @description only those unanswered past the response limit */
                    overdue?: boolean;
                    departmentId?: number;
                    q?: string;
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                status: "invited" | "accepted" | "declined" | "met" | "resolved" | "unresolved";
                                committee: {
                                    id: number;
                                    name: string;
                                };
                                invitee: {
                                    kind: "department" | "street";
                                    id: number;
                                    name: string;
                                };
                                subject: string;
                                order: {
                                    id: number;
                                    title: string;
                                } | null;
                                invitedAt: string;
                                respondDueAt: string;
                                respondedAt: string | null;
                                responseTiming: "waiting" | "overdue" | "on_time" | "late";
                                /** @description working hours from the invitation to the answer */
                                responseHours: number | null;
                                meetingAt: string | null;
                                meetingPlace: string | null;
                                resolved: boolean | null;
                                committeeRating: number | null;
                                residentsRating: number | null;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 居委会发起约请（职能部门或街道） / A committee summons a department or its street office */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        committeeId: number;
                        /** @description a district department or a team of the committee's street; absent: the street office */
                        departmentId?: number | null;
                        subject: string;
                        description: string;
                        orderId?: number | null;
                        /** @default 3 */
                        respondDays?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            status: "invited" | "accepted" | "declined" | "met" | "resolved" | "unresolved";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/summons/invitees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可约请的街道与职能部门 / Whom the committee may summon */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            streets: {
                                id: number;
                                name: string;
                            }[];
                            departments: {
                                id: number;
                                code: string;
                                name: string;
                                parentId: number | null;
                                streetId: number | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/summons/rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 各部门约请响应与解决率 / Summons response and resolution rates per department */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                    /** @description count street teams under their district department */
                    rollup?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                invitee: {
                                    kind: "department" | "street";
                                    id: number;
                                    name: string;
                                    parentName: string | null;
                                };
                                invited: number;
                                responded: number;
                                respondedOnTime: number;
                                /** @description unanswered past the response limit now */
                                overdue: number;
                                /** @description answered within the limit / (answered + overdue) */
                                onTimeRate: number | null;
                                /** @description average working hours from invitation to answer */
                                avgResponseHours: number | null;
                                declined: number;
                                met: number;
                                resolved: number;
                                unresolved: number;
                                /** @description resolved / (resolved + unresolved) */
                                resolutionRate: number | null;
                                avgCommitteeRating: number | null;
                                avgResidentsRating: number | null;
                                evaluated: number;
                            }[];
                            total: {
                                invited: number;
                                responded: number;
                                respondedOnTime: number;
                                /** @description unanswered past the response limit now */
                                overdue: number;
                                /** @description answered within the limit / (answered + overdue) */
                                onTimeRate: number | null;
                                /** @description average working hours from invitation to answer */
                                avgResponseHours: number | null;
                                declined: number;
                                met: number;
                                resolved: number;
                                unresolved: number;
                                /** @description resolved / (resolved + unresolved) */
                                resolutionRate: number | null;
                                avgCommitteeRating: number | null;
                                avgResidentsRating: number | null;
                                evaluated: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/summons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 约请详情与可执行操作 / A summons with what the caller may do next */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            status: "invited" | "accepted" | "declined" | "met" | "resolved" | "unresolved";
                            committee: {
                                id: number;
                                name: string;
                            };
                            invitee: {
                                kind: "department" | "street";
                                id: number;
                                name: string;
                            };
                            subject: string;
                            order: {
                                id: number;
                                title: string;
                            } | null;
                            invitedAt: string;
                            respondDueAt: string;
                            respondedAt: string | null;
                            responseTiming: "waiting" | "overdue" | "on_time" | "late";
                            /** @description working hours from the invitation to the answer */
                            responseHours: number | null;
                            meetingAt: string | null;
                            meetingPlace: string | null;
                            resolved: boolean | null;
                            committeeRating: number | null;
                            residentsRating: number | null;
                            description: string;
                            createdBy: string | null;
                            respondedBy: string | null;
                            responseNote: string | null;
                            meetingNote: string | null;
                            result: string | null;
                            resultAt: string | null;
                            resultBy: string | null;
                            evaluationNote: string | null;
                            evaluatedAt: string | null;
                            evaluatedBy: string | null;
                            as: ("committee" | "invitee")[];
                            actions: ("accept" | "decline" | "schedule" | "meet" | "report" | "evaluate")[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/summons/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 接受约请 / Accept a summons */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            status: "invited" | "accepted" | "declined" | "met" | "resolved" | "unresolved";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/summons/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 拒绝约请（须说明理由） / Decline a summons (with a reason) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            status: "invited" | "accepted" | "declined" | "met" | "resolved" | "unresolved";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/summons/{id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 约定现场会商时间与地点 / Schedule the on-site meeting */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        meetingAt: string;
                        meetingPlace: string;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            status: "invited" | "accepted" | "declined" | "met" | "resolved" | "unresolved";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/summons/{id}/meet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记现场会商 / Record the on-site meeting */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        meetingAt: string;
                        meetingPlace: string;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            status: "invited" | "accepted" | "declined" | "met" | "resolved" | "unresolved";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/summons/{id}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 反馈处理结果（解决或未解决） / Report the result (solved or not) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        resolved: boolean;
                        result: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            status: "invited" | "accepted" | "declined" | "met" | "resolved" | "unresolved";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/summons/{id}/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 居委会评价约请办理 / The committee evaluates the summons */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        committeeRating: number;
                        residentsRating?: number | null;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            status: "invited" | "accepted" | "declined" | "met" | "resolved" | "unresolved";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/indicators/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 指标可选的单位与职能部门 / Units and departments the caller may see indicators of */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            units: {
                                id: number;
                                districtId: number;
                                type: string;
                                name: string;
                                parentId: number | null;
                            }[];
                            departments: {
                                id: number;
                                districtId: number;
                                name: string;
                                parentId: number | null;
                                streetId: number | null;
                            }[];
                            defaultUnitId: number | null;
                            fixedDepartmentId: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/indicators/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单位诉求指标（与上期对比，按渠道、类别） / A unit's appeal indicators (against the previous period, by channel and category) */
        get: {
            parameters: {
                query?: {
                    /** @description one department (with its street teams) within the unit; department staff: their own by default */
                    departmentId?: number;
                    /** @description YYYY-MM-DD (Asia/Shanghai) */
                    from?: string;
                    /** @description YYYY-MM-DD (Asia/Shanghai) */
                    to?: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unit: {
                                id: number;
                                name: string;
                                type: string;
                            };
                            department: {
                                id: number;
                                name: string;
                            } | null;
                            period: {
                                from: string;
                                to: string;
                            };
                            previousPeriod: {
                                from: string;
                                to: string;
                            };
                            current: {
                                received: number;
                                valid: number;
                                accepted: number;
                                resolved: number;
                                onTime: number;
                                rated: number;
                                satisfied: number;
                                reopened: number;
                                supervised: number;
                                /** @description mean working minutes from receipt to acceptance */
                                avgAcceptMinutes: number | null;
                                /** @description a share between 0 and 1; null when there is nothing to divide by */
                                onTimeRate: number | null;
                                /** @description a share between 0 and 1; null when there is nothing to divide by */
                                resolutionRate: number | null;
                                /** @description a share between 0 and 1; null when there is nothing to divide by */
                                satisfactionRate: number | null;
                                /** @description a share between 0 and 1; null when there is nothing to divide by */
                                reopenRate: number | null;
                            };
                            previous: {
                                received: number;
                                valid: number;
                                accepted: number;
                                resolved: number;
                                onTime: number;
                                rated: number;
                                satisfied: number;
                                reopened: number;
                                supervised: number;
                                /** @description mean working minutes from receipt to acceptance */
                                avgAcceptMinutes: number | null;
                                /** @description a share between 0 and 1; null when there is nothing to divide by */
                                onTimeRate: number | null;
                                /** @description a share between 0 and 1; null when there is nothing to divide by */
                                resolutionRate: number | null;
                                /** @description a share between 0 and 1; null when there is nothing to divide by */
                                satisfactionRate: number | null;
                                /** @description a share between 0 and 1; null when there is nothing to divide by */
                                reopenRate: number | null;
                            };
                            /** @description relative change of volume and acceptance time; differences of rates (0.05 = five points); null where the base is below minComparisonBase */
                            change: {
                                /** @description a share between 0 and 1; null when there is nothing to divide by */
                                received: number | null;
                                receivedDifference: number;
                                /** @description a share between 0 and 1; null when there is nothing to divide by */
                                avgAcceptMinutes: number | null;
                                /** @description a share between 0 and 1; null when there is nothing to divide by */
                                onTimeRate: number | null;
                                /** @description a share between 0 and 1; null when there is nothing to divide by */
                                resolutionRate: number | null;
                                /** @description a share between 0 and 1; null when there is nothing to divide by */
                                satisfactionRate: number | null;
                                /** @description a share between 0 and 1; null when there is nothing to divide by */
                                reopenRate: number | null;
                                supervised: number;
                            };
                            /** @description below this many orders a change is given as counts, not as a percentage */
                            minComparisonBase: number;
                            byChannel: {
                                channel: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                figures: {
                                    received: number;
                                    valid: number;
                                    accepted: number;
                                    resolved: number;
                                    onTime: number;
                                    rated: number;
                                    satisfied: number;
                                    reopened: number;
                                    supervised: number;
                                    /** @description mean working minutes from receipt to acceptance */
                                    avgAcceptMinutes: number | null;
                                    /** @description a share between 0 and 1; null when there is nothing to divide by */
                                    onTimeRate: number | null;
                                    /** @description a share between 0 and 1; null when there is nothing to divide by */
                                    resolutionRate: number | null;
                                    /** @description a share between 0 and 1; null when there is nothing to divide by */
                                    satisfactionRate: number | null;
                                    /** @description a share between 0 and 1; null when there is nothing to divide by */
                                    reopenRate: number | null;
                                };
                            }[];
                            byCategory: {
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                figures: {
                                    received: number;
                                    valid: number;
                                    accepted: number;
                                    resolved: number;
                                    onTime: number;
                                    rated: number;
                                    satisfied: number;
                                    reopened: number;
                                    supervised: number;
                                    /** @description mean working minutes from receipt to acceptance */
                                    avgAcceptMinutes: number | null;
                                    /** @description a share between 0 and 1; null when there is nothing to divide by */
                                    onTimeRate: number | null;
                                    /** @description a share between 0 and 1; null when there is nothing to divide by */
                                    resolutionRate: number | null;
                                    /** @description a share between 0 and 1; null when there is nothing to divide by */
                                    satisfactionRate: number | null;
                                    /** @description a share between 0 and 1; null when there is nothing to divide by */
                                    reopenRate: number | null;
                                };
                                subcategories: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                    received: number;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/indicators/units/{id}/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单位诉求指标按周或按月走势 / A unit's indicators week by week or month by month */
        get: {
            parameters: {
                query?: {
                    /** @description one department (with its street teams) within the unit; department staff: their own by default */
                    departmentId?: number;
                    /** @description YYYY-MM-DD (Asia/Shanghai) */
                    from?: string;
                    /** @description YYYY-MM-DD (Asia/Shanghai) */
                    to?: string;
                    interval?: "week" | "month";
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unit: {
                                id: number;
                                name: string;
                                type: string;
                            };
                            department: {
                                id: number;
                                name: string;
                            } | null;
                            period: {
                                from: string;
                                to: string;
                            };
                            interval: "week" | "month";
                            points: {
                                from: string;
                                to: string;
                                figures: {
                                    received: number;
                                    valid: number;
                                    accepted: number;
                                    resolved: number;
                                    onTime: number;
                                    rated: number;
                                    satisfied: number;
                                    reopened: number;
                                    supervised: number;
                                    /** @description mean working minutes from receipt to acceptance */
                                    avgAcceptMinutes: number | null;
                                    /** @description a share between 0 and 1; null when there is nothing to divide by */
                                    onTimeRate: number | null;
                                    /** @description a share between 0 and 1; null when there is nothing to divide by */
                                    resolutionRate: number | null;
                                    /** @description a share between 0 and 1; null when there is nothing to divide by */
                                    satisfactionRate: number | null;
                                    /** @description a share between 0 and 1; null when there is nothing to divide by */
                                    reopenRate: number | null;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/rankings/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 双向评议排名：下级单位、职能部门与约请解决率 / Two-way evaluation rankings: units below, departments, summons resolution */
        get: {
            parameters: {
                query?: {
                    /** @description one department (with its street teams) within the unit; department staff: their own by default */
                    departmentId?: number;
                    /** @description YYYY-MM-DD (Asia/Shanghai) */
                    from?: string;
                    /** @description YYYY-MM-DD (Asia/Shanghai) */
                    to?: string;
                    /** @description fewest valid orders to be ranked (default 10) */
                    minVolume?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unit: {
                                id: number;
                                name: string;
                                type: string;
                            };
                            department: {
                                id: number;
                                name: string;
                            } | null;
                            period: {
                                from: string;
                                to: string;
                            };
                            minVolume: number;
                            unitLevel: (never | null) | ("street" | "committee");
                            units: {
                                kind: "street" | "committee" | "department";
                                id: number;
                                name: string;
                                figures: {
                                    received: number;
                                    valid: number;
                                    accepted: number;
                                    resolved: number;
                                    onTime: number;
                                    rated: number;
                                    satisfied: number;
                                    reopened: number;
                                    supervised: number;
                                    /** @description mean working minutes from receipt to acceptance */
                                    avgAcceptMinutes: number | null;
                                    /** @description a share between 0 and 1; null when there is nothing to divide by */
                                    onTimeRate: number | null;
                                    /** @description a share between 0 and 1; null when there is nothing to divide by */
                                    resolutionRate: number | null;
                                    /** @description a share between 0 and 1; null when there is nothing to divide by */
                                    satisfactionRate: number | null;
                                    /** @description a share between 0 and 1; null when there is nothing to divide by */
                                    reopenRate: number | null;
                                };
                                ranks: {
                                    onTimeRate: number | null;
                                    resolutionRate: number | null;
                                    satisfactionRate: number | null;
                                };
                                /** @description mean of the ranked rates */
                                score: number | null;
                            }[];
                            departments: {
                                kind: "street" | "committee" | "department";
                                id: number;
                                name: string;
                                figures: {
                                    received: number;
                                    valid: number;
                                    accepted: number;
                                    resolved: number;
                                    onTime: number;
                                    rated: number;
                                    satisfied: number;
                                    reopened: number;
                                    supervised: number;
                                    /** @description mean working minutes from receipt to acceptance */
                                    avgAcceptMinutes: number | null;
                                    /** @description a share between 0 and 1; null when there is nothing to divide by */
                                    onTimeRate: number | null;
                                    /** @description a share between 0 and 1; null when there is nothing to divide by */
                                    resolutionRate: number | null;
                                    /** @description a share between 0 and 1; null when there is nothing to divide by */
                                    satisfactionRate: number | null;
                                    /** @description a share between 0 and 1; null when there is nothing to divide by */
                                    reopenRate: number | null;
                                };
                                ranks: {
                                    onTimeRate: number | null;
                                    resolutionRate: number | null;
                                    satisfactionRate: number | null;
                                };
                                /** @description mean of the ranked rates */
                                score: number | null;
                            }[];
                            summons: {
                                kind: "department" | "street";
                                id: number;
                                name: string;
                                invited: number;
                                responded: number;
                                respondedOnTime: number;
                                met: number;
                                resolved: number;
                                unresolved: number;
                                /** @description a share between 0 and 1; null when there is nothing to divide by */
                                resolutionRate: number | null;
                                committeeRating: number | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/hot-topics/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 诉求热点：高频问题与近 7 天突增（分区域） / Hot topics: most frequent problems and sudden rises in the last 7 days, by area */
        get: {
            parameters: {
                query?: {
                    departmentId?: number;
                    /** @description YYYY-MM-DD (Asia/Shanghai) */
                    to?: string;
                    /** @description baseline weeks before the last 7 days (default 4) */
                    weeks?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unit: {
                                id: number;
                                name: string;
                                type: string;
                            };
                            department: {
                                id: number;
                                name: string;
                            } | null;
                            window: {
                                from: string;
                                to: string;
                            };
                            current: {
                                from: string;
                                to: string;
                            };
                            weeks: number;
                            areaLevel: (never | null) | ("street" | "committee");
                            categories: {
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                groupName: {
                                    zh: string;
                                    en: string;
                                } | null;
                                count: number;
                                current: number;
                            }[];
                            terms: {
                                term: string;
                                count: number;
                                current: number;
                            }[];
                            rising: {
                                term: string;
                                count: number;
                                expected: number;
                                ratio: number;
                                z: number;
                            }[];
                            areas: {
                                id: number;
                                name: string;
                                type: string;
                                rising: {
                                    term: string;
                                    count: number;
                                    expected: number;
                                    ratio: number;
                                    z: number;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/hot-topics/units/{id}/heat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 诉求热点热力图：按小区或约百米网格汇总的工单数（可按关键词或类别） / Hot topics on the map: orders counted by compound or ~100 m cell (optionally of one keyword or category) */
        get: {
            parameters: {
                query?: {
                    departmentId?: number;
                    /** @description YYYY-MM-DD (Asia/Shanghai) */
                    to?: string;
                    /** @description baseline weeks before the last 7 days (default 4) */
                    weeks?: number;
                    /** @description only the orders with this keyword */
                    term?: string;
                    /** @description only the orders of this category code */
                    category?: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            window: {
                                from: string;
                                to: string;
                            };
                            term: string | null;
                            category: string | null;
                            /** @description counted cells at a compound's point or rounded to about 100 m, never one order's point */
                            cells: {
                                lat: number;
                                lng: number;
                                count: number;
                            }[];
                            total: number;
                            unplaced: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/open311-clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311 接入客户端 / Open311 clients */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                name: string;
                                keyHint: string;
                                createdAt: string;
                                revokedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 签发 Open311 api_key（只显示一次） / Issue an Open311 api_key (shown once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            keyHint: string;
                            createdAt: string;
                            revokedAt: string | null;
                            /** @description 只显示这一次 / shown this once only */
                            apiKey: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/open311-clients/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 吊销 Open311 api_key / Revoke an Open311 api_key */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            keyHint: string;
                            createdAt: string;
                            revokedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/orders/{id}/transfer-package": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出工单包（含流转记录） / Export an order as a package with its history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            format: string;
                            exportedAt: string;
                            district: {
                                code: string;
                                name: string;
                            };
                            order: {
                                [key: string]: unknown;
                            };
                            history: {
                                [key: string]: unknown;
                            }[];
                            attachments: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/orders/{id}/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工单互转记录（发出的工单包与回调、收到的回报） / Transfer log of an order (packages and callbacks sent, reports received) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sent: {
                                id: number;
                                partner: string;
                                partnerName: string;
                                kind: string;
                                seq: number | null;
                                createdAt: string;
                                deliveredAt: string | null;
                                attempts: number;
                                lastError: string | null;
                            }[];
                            received: {
                                partner: string;
                                partnerName: string;
                                callbackId: string;
                                status: string;
                                note: string | null;
                                at: string | null;
                                receivedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/orders/{id}/transfer-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 将工单转出至其他平台（签名推送工单包） / Send an order to another platform (signed package) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        partner: string;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            outboxId: number;
                            partner: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/transfer-partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工单互转平台 / Transfer partners */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                code: string;
                                name: string;
                                callbackUrl: string | null;
                                active: boolean;
                                createdAt: string;
                                /** @description 待发送的回调 / callbacks waiting */
                                pending: number;
                                /** @description 已放弃的回调 / callbacks given up */
                                failed: number;
                                lastError: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新增互转平台（密钥只显示一次） / Add a transfer partner (the secret is shown once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 字母、数字、- 或 _；12345 为市民服务热线 / letters, digits, - or _; 12345 is the citizen hotline */
                        code: string;
                        name: string;
                        callbackUrl?: string | null;
                        /** @description 留空则自动生成 / generated when empty */
                        secret?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            code: string;
                            name: string;
                            callbackUrl: string | null;
                            active: boolean;
                            createdAt: string;
                            /** @description 待发送的回调 / callbacks waiting */
                            pending: number;
                            /** @description 已放弃的回调 / callbacks given up */
                            failed: number;
                            lastError: string | null;
                            /** @description 只显示这一次 / shown this once only */
                            secret: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/transfer-partners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改互转平台（名称、回调地址、启用） / Change a transfer partner (name, callback URL, active) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        callbackUrl?: string | null;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            code: string;
                            name: string;
                            callbackUrl: string | null;
                            active: boolean;
                            createdAt: string;
                            /** @description 待发送的回调 / callbacks waiting */
                            pending: number;
                            /** @description 已放弃的回调 / callbacks given up */
                            failed: number;
                            lastError: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/transfer-partners/{id}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 更换互转平台密钥（只显示一次） / Replace a partner's secret (shown once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        secret?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            code: string;
                            name: string;
                            callbackUrl: string | null;
                            active: boolean;
                            createdAt: string;
                            /** @description 待发送的回调 / callbacks waiting */
                            pending: number;
                            /** @description 已放弃的回调 / callbacks given up */
                            failed: number;
                            lastError: string | null;
                            /** @description 只显示这一次 / shown this once only */
                            secret: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/transfer/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可转出或导入的互转平台 / Partners one may send orders to or import hotline files for */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                                /** @description 已配置回调地址，可向其转出工单 / has a callback URL: orders can be sent to it */
                                transferOut: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/transfer/hotline-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载热线工单导入模板 / Download the hotline order template */
        get: {
            parameters: {
                query?: {
                    format?: "xlsx" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/transfer/hotline-import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入热线工单文件（先试导入；全部无误才写入，已导入的跳过；每次最多 2000 条） / Import a hotline order file (dry run first; written only when every row is right; known orders skipped) */
        post: {
            parameters: {
                query: {
                    /** @description 平台代码，如 12345 / partner code, e.g. 12345 */
                    partner: string;
                    dryRun?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            committed: boolean;
                            rows: number;
                            created: number;
                            existing: number;
                            errors: {
                                row: number;
                                field: string;
                                code: string;
                                message: {
                                    zh: string;
                                    en: string;
                                };
                                value?: string;
                            }[];
                            orderIds: number[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/public/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开诉求列表（无需登录） / Public reports of a district (no login) */
        get: {
            parameters: {
                query?: {
                    /** @description 区划代码；只有一个区时可省略 / district code; optional when there is one district */
                    district?: string;
                    page?: number;
                    pageSize?: number;
                    status?: "pending" | "handling" | "done";
                    /** @description 问题分类或大类代码 / category or group code */
                    category?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            district: {
                                code: string | null;
                                name: string;
                            };
                            placeLevel: "compound" | "street";
                            items: {
                                id: number;
                                category: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                    group: {
                                        zh: string;
                                        en: string;
                                    };
                                };
                                place: {
                                    unitId: number | null;
                                    name: string | null;
                                    lat: number | null;
                                    lng: number | null;
                                };
                                status: string;
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                stage: "pending" | "handling" | "done";
                                stageLabel: {
                                    zh: string;
                                    en: string;
                                };
                                /** Format: date-time */
                                receivedAt: string;
                                /** Format: date-time */
                                resolvedAt: string | null;
                                /** Format: date-time */
                                closedAt: string | null;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/public/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开诉求详情与办理进度（无需登录） / A public report with its timeline (no login) */
        get: {
            parameters: {
                query?: {
                    /** @description 区划代码；只有一个区时可省略 / district code; optional when there is one district */
                    district?: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            category: {
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                group: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            place: {
                                unitId: number | null;
                                name: string | null;
                                lat: number | null;
                                lng: number | null;
                            };
                            status: string;
                            statusLabel: {
                                zh: string;
                                en: string;
                            };
                            stage: "pending" | "handling" | "done";
                            stageLabel: {
                                zh: string;
                                en: string;
                            };
                            /** Format: date-time */
                            receivedAt: string;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            district: {
                                code: string | null;
                                name: string;
                            };
                            timeline: {
                                step: string;
                                label: {
                                    zh: string;
                                    en: string;
                                };
                                handler: {
                                    zh: string;
                                    en: string;
                                } | null;
                                status: string;
                                statusLabel: {
                                    zh: string;
                                    en: string;
                                };
                                /** Format: date-time */
                                at: string;
                                note: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/public/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 区的公开指标：受理量、按期办结率、满意率（无需登录） / Public indicators of a district (no login) */
        get: {
            parameters: {
                query?: {
                    /** @description 区划代码；只有一个区时可省略 / district code; optional when there is one district */
                    district?: string;
                    days?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            district: {
                                code: string | null;
                                name: string;
                            };
                            days: number;
                            period: {
                                from: string;
                                to: string;
                            };
                            previousPeriod: {
                                from: string;
                                to: string;
                            };
                            current: {
                                received: number;
                                resolved: number;
                                rated: number;
                                /** @description 基数不足时为空 / null when the base is too small */
                                onTimeRate: number | null;
                                satisfactionRate: number | null;
                            };
                            previous: {
                                received: number;
                                resolved: number;
                                rated: number;
                                /** @description 基数不足时为空 / null when the base is too small */
                                onTimeRate: number | null;
                                satisfactionRate: number | null;
                            };
                            change: {
                                received: number | null;
                                receivedDifference: number;
                                onTimeRate: number | null;
                                satisfactionRate: number | null;
                            };
                            minComparisonBase: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/transfer/in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 接收热线或其他平台转入的工单（HMAC 签名；按平台与对方工单号幂等） / Take in an order from the hotline or a partner (HMAC-signed; idempotent by partner and order number) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description 区代码 / district code */
                    "x-linli-district"?: string;
                    /** @description 平台代码 / partner code */
                    "x-linli-partner"?: string;
                    /** @description Unix 秒 / Unix seconds */
                    "x-linli-timestamp"?: string;
                    /** @description sha256=HEX(HMAC-SHA256(secret, timestamp + "." + body)) */
                    "x-linli-signature"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 热线工单编号 / the hotline order number (idempotency key) */
                        orderNo?: string;
                        /** @description 受理时间 / received at (ISO 8601, or 2026-01-05 09:30 Beijing time) */
                        receivedAt?: string;
                        /** @description 问题分类编码或小类名称 / category code or subcategory name */
                        category?: string;
                        title?: string;
                        /** @description 诉求内容 / what the caller said */
                        content?: string;
                        address?: string;
                        lat?: number | null;
                        lng?: number | null;
                        unitId?: number | null;
                        callerName?: string;
                        callerPhone?: string;
                        anonymous?: boolean;
                        contactShared?: boolean;
                        /** @description normal | urgent（一般 | 紧急） */
                        urgency?: string;
                        /** @description 热线办理时限 / the hotline's own deadline */
                        dueAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            status: string;
                            created: boolean;
                            orderNo: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            status: string;
                            created: boolean;
                            orderNo: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/transfer/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 接收对方平台关于转出工单的办理回报（HMAC 签名；按回调编号幂等） / A partner reports on an order we sent it (HMAC-signed; idempotent by callbackId) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description 区代码 / district code */
                    "x-linli-district"?: string;
                    /** @description 平台代码 / partner code */
                    "x-linli-partner"?: string;
                    /** @description Unix 秒 / Unix seconds */
                    "x-linli-timestamp"?: string;
                    /** @description sha256=HEX(HMAC-SHA256(secret, timestamp + "." + body)) */
                    "x-linli-signature"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 对方的回调编号（幂等） / the partner's id of this report (idempotency) */
                        callbackId: string;
                        /** @description 我方工单号 / our order id */
                        orderId: number;
                        /** @description 对方的办理状态 / the partner's own status */
                        status: string;
                        note?: string | null;
                        at?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recorded: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/discovery.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311 服务发现（JSON） / Open311 discovery (JSON) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changeset: string;
                            contact: string;
                            key_service: string;
                            endpoints: {
                                specification: string;
                                url: string;
                                changeset: string;
                                type: string;
                                formats: string[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/services.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 对外开放的问题类别（JSON） / Public service list (JSON) */
        get: {
            parameters: {
                query?: {
                    jurisdiction_id?: string;
                    api_key?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            service_code: string;
                            service_name: string;
                            description: string;
                            metadata: boolean;
                            type: string;
                            keywords: string;
                            group: string;
                        }[];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: number;
                            description: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/requests.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查询公开诉求（JSON） / Public requests (JSON) */
        get: {
            parameters: {
                query?: {
                    jurisdiction_id?: string;
                    api_key?: string;
                    /** @description comma-separated ids; overrides every other argument */
                    service_request_id?: string;
                    /** @description comma-separated service codes */
                    service_code?: string;
                    /** @description W3C datetime */
                    start_date?: string;
                    /** @description W3C datetime */
                    end_date?: string;
                    /** @description open, closed or both (comma-separated) */
                    status?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            service_request_id: string;
                            status: string;
                            status_notes: string | null;
                            service_name: string;
                            service_code: string;
                            description: string | null;
                            agency_responsible: string | null;
                            service_notice: string | null;
                            requested_datetime: string;
                            updated_datetime: string;
                            expected_datetime: string | null;
                            address: string | null;
                            address_id: string | null;
                            zipcode: string | null;
                            lat: number | null;
                            long: number | null;
                            media_url: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: number;
                            description: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 提交诉求（api_key；按 Idempotency-Key 或 attribute[external_id] 幂等）（JSON） / Submit a request (api_key; idempotent by Idempotency-Key or attribute[external_id]) (JSON) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            /** @description application/x-www-form-urlencoded (attribute[code]=value) or JSON */
            requestBody: {
                content: {
                    "application/x-www-form-urlencoded": {
                        api_key?: string;
                        jurisdiction_id?: string;
                        service_code?: string;
                        lat?: number | string;
                        long?: number | string;
                        address_string?: string;
                        address_id?: number | string;
                        email?: string;
                        device_id?: string;
                        account_id?: string;
                        first_name?: string;
                        last_name?: string;
                        phone?: string;
                        description?: string;
                        media_url?: string;
                        attribute?: {
                            [key: string]: string | number | boolean | string[];
                        };
                    };
                    "application/json": {
                        api_key?: string;
                        jurisdiction_id?: string;
                        service_code?: string;
                        lat?: number | string;
                        long?: number | string;
                        address_string?: string;
                        address_id?: number | string;
                        email?: string;
                        device_id?: string;
                        account_id?: string;
                        first_name?: string;
                        last_name?: string;
                        phone?: string;
                        description?: string;
                        media_url?: string;
                        attribute?: {
                            [key: string]: string | number | boolean | string[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            service_request_id: string;
                            service_notice: string | null;
                            account_id: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            service_request_id: string;
                            service_notice: string | null;
                            account_id: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: number;
                            description: string;
                        }[];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/discovery.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311 服务发现（XML） / Open311 discovery (XML) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/services.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 对外开放的问题类别（XML） / Public service list (XML) */
        get: {
            parameters: {
                query?: {
                    jurisdiction_id?: string;
                    api_key?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/requests.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查询公开诉求（XML） / Public requests (XML) */
        get: {
            parameters: {
                query?: {
                    jurisdiction_id?: string;
                    api_key?: string;
                    /** @description comma-separated ids; overrides every other argument */
                    service_request_id?: string;
                    /** @description comma-separated service codes */
                    service_code?: string;
                    /** @description W3C datetime */
                    start_date?: string;
                    /** @description W3C datetime */
                    end_date?: string;
                    /** @description open, closed or both (comma-separated) */
                    status?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 提交诉求（api_key；按 Idempotency-Key 或 attribute[external_id] 幂等）（XML） / Submit a request (api_key; idempotent by Idempotency-Key or attribute[external_id]) (XML) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            /** @description application/x-www-form-urlencoded (attribute[code]=value) or JSON */
            requestBody: {
                content: {
                    "application/x-www-form-urlencoded": {
                        api_key?: string;
                        jurisdiction_id?: string;
                        service_code?: string;
                        lat?: number | string;
                        long?: number | string;
                        address_string?: string;
                        address_id?: number | string;
                        email?: string;
                        device_id?: string;
                        account_id?: string;
                        first_name?: string;
                        last_name?: string;
                        phone?: string;
                        description?: string;
                        media_url?: string;
                        attribute?: {
                            [key: string]: string | number | boolean | string[];
                        };
                    };
                    "application/json": {
                        api_key?: string;
                        jurisdiction_id?: string;
                        service_code?: string;
                        lat?: number | string;
                        long?: number | string;
                        address_string?: string;
                        address_id?: number | string;
                        email?: string;
                        device_id?: string;
                        account_id?: string;
                        first_name?: string;
                        last_name?: string;
                        phone?: string;
                        description?: string;
                        media_url?: string;
                        attribute?: {
                            [key: string]: string | number | boolean | string[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/services/{service_code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 类别定义（附加属性；.json 或 .xml） / Service definition (attributes; .json or .xml) */
        get: {
            parameters: {
                query?: {
                    jurisdiction_id?: string;
                    api_key?: string;
                };
                header?: never;
                path: {
                    /** @description P0101.json or P0101.xml */
                    service_code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            service_code: string;
                            attributes: {
                                variable: boolean;
                                code: string;
                                datatype: string;
                                required: boolean;
                                datatype_description: string | null;
                                order: number;
                                description: string;
                                values: {
                                    key: string;
                                    name: string;
                                }[];
                            }[];
                        };
                        "text/xml": {
                            service_code: string;
                            attributes: {
                                variable: boolean;
                                code: string;
                                datatype: string;
                                required: boolean;
                                datatype_description: string | null;
                                order: number;
                                description: string;
                                values: {
                                    key: string;
                                    name: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: number;
                            description: string;
                        }[];
                        "text/xml": {
                            code: number;
                            description: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查询一件公开诉求（.json 或 .xml） / One public request (.json or .xml) */
        get: {
            parameters: {
                query?: {
                    jurisdiction_id?: string;
                    api_key?: string;
                };
                header?: never;
                path: {
                    /** @description service_request_id with .json or .xml */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            service_request_id: string;
                            status: string;
                            status_notes: string | null;
                            service_name: string;
                            service_code: string;
                            description: string | null;
                            agency_responsible: string | null;
                            service_notice: string | null;
                            requested_datetime: string;
                            updated_datetime: string;
                            expected_datetime: string | null;
                            address: string | null;
                            address_id: string | null;
                            zipcode: string | null;
                            lat: number | null;
                            long: number | null;
                            media_url: string | null;
                        }[];
                        "text/xml": {
                            service_request_id: string;
                            status: string;
                            status_notes: string | null;
                            service_name: string;
                            service_code: string;
                            description: string | null;
                            agency_responsible: string | null;
                            service_notice: string | null;
                            requested_datetime: string;
                            updated_datetime: string;
                            expected_datetime: string | null;
                            address: string | null;
                            address_id: string | null;
                            zipcode: string | null;
                            lat: number | null;
                            long: number | null;
                            media_url: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: number;
                            description: string;
                        }[];
                        "text/xml": {
                            code: number;
                            description: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/tokens/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 以提交时的幂等键或 external_id 查询诉求编号（api_key） / The request id of a submission key (api_key) */
        get: {
            parameters: {
                query?: {
                    jurisdiction_id?: string;
                    api_key?: string;
                };
                header?: never;
                path: {
                    /** @description the Idempotency-Key or attribute[external_id] sent with the request, with .json or .xml */
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            service_request_id: string;
                            token: string;
                        }[];
                        "text/xml": {
                            service_request_id: string;
                            token: string;
                        }[];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: number;
                            description: string;
                        }[];
                        "text/xml": {
                            code: number;
                            description: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/failed-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 失败的事件处理 / Failed domain-event handlers */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "retrying" | "failed" | "done" | "resolved";
                    /** @description 只列未完结的（retrying、failed）/ only those still open */
                    open?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                /** @description 处理程序所属模块 / the module whose handler failed */
                                module: string;
                                eventType: string;
                                districtId: number | null;
                                payload: unknown;
                                occurredAt: string;
                                error: string;
                                attempts: number;
                                status: "retrying" | "failed" | "done" | "resolved";
                                nextAt: string | null;
                                firstFailedAt: string;
                                lastFailedAt: string;
                                resolvedAt: string | null;
                                resolvedBy: number | null;
                                resolutionNote: string | null;
                            }[];
                            total: number;
                            totalCapped?: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/failed-events/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 立即重试 / Run the handler again now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @description 处理程序所属模块 / the module whose handler failed */
                            module: string;
                            eventType: string;
                            districtId: number | null;
                            payload: unknown;
                            occurredAt: string;
                            error: string;
                            attempts: number;
                            status: "retrying" | "failed" | "done" | "resolved";
                            nextAt: string | null;
                            firstFailedAt: string;
                            lastFailedAt: string;
                            resolvedAt: string | null;
                            resolvedBy: number | null;
                            resolutionNote: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/failed-events/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标记为已处理 / Mark resolved without a retry */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @description 处理程序所属模块 / the module whose handler failed */
                            module: string;
                            eventType: string;
                            districtId: number | null;
                            payload: unknown;
                            occurredAt: string;
                            error: string;
                            attempts: number;
                            status: "retrying" | "failed" | "done" | "resolved";
                            nextAt: string | null;
                            firstFailedAt: string;
                            lastFailedAt: string;
                            resolvedAt: string | null;
                            resolvedBy: number | null;
                            resolutionNote: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计动作与对象类型的名称 / Names of the audited actions and record types */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: {
                                code: string;
                                label: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                            targets: {
                                code: string;
                                label: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 检索审计日志 / Search the audit log */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    actor?: string;
                    action?: string;
                    targetType?: string;
                    targetId?: string;
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                seq: number;
                                at: string;
                                actorId: number | null;
                                actorName: string | null;
                                role: string | null;
                                roleLabel: {
                                    zh: string;
                                    en: string;
                                } | null;
                                action: string;
                                actionLabel: {
                                    zh: string;
                                    en: string;
                                } | null;
                                targetType: string;
                                targetLabel: {
                                    zh: string;
                                    en: string;
                                } | null;
                                targetId: string | null;
                                summary: unknown;
                                requestId: string | null;
                                purpose: string | null;
                            }[];
                            total: number;
                            totalCapped?: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 校验审计链及库外检查点 / Verify the audit chain and its checkpoints outside the database */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                            checked: number;
                            firstBrokenSeq: number | null;
                            problem: (never | null) | ("missing" | "link" | "hash" | "unkeyed" | "seal" | "checkpoint" | "truncated" | "invalid_checkpoint");
                            reason: string | null;
                            checkpoints: {
                                found: number;
                                matched: number;
                                latest: {
                                    seq: number;
                                    at: string;
                                } | null;
                                invalid: {
                                    source: string;
                                    fault: "format" | "signature";
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalogs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本区的目录 / The district's catalogs */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                districtId: number;
                                districtName: string;
                                name: string;
                                label: {
                                    zh: string;
                                    en: string;
                                } | null;
                                /** @description 声明该目录的模块 / the module that declares it */
                                owner: string | null;
                                version: number;
                                /** @description profile：来自区配置 / from the profile；edit：本区修改 / edited in the district */
                                origin: "profile" | "edit";
                                draft: boolean;
                                updatedAt: string;
                                /** @description 采用区配置将带来的变化（按条目代码）/ what taking the profile would change (entries by code) */
                                profileChange: {
                                    added: string[];
                                    removed: string[];
                                    changed: string[];
                                    fields: string[];
                                } | null;
                                entryCount: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalogs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 目录内容及其版本 / A catalog with its versions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            districtId: number;
                            districtName: string;
                            name: string;
                            label: {
                                zh: string;
                                en: string;
                            } | null;
                            /** @description 声明该目录的模块 / the module that declares it */
                            owner: string | null;
                            version: number;
                            /** @description profile：来自区配置 / from the profile；edit：本区修改 / edited in the district */
                            origin: "profile" | "edit";
                            draft: boolean;
                            updatedAt: string;
                            /** @description 采用区配置将带来的变化（按条目代码）/ what taking the profile would change (entries by code) */
                            profileChange: {
                                added: string[];
                                removed: string[];
                                changed: string[];
                                fields: string[];
                            } | null;
                            source: string | null;
                            entries: unknown[];
                            extra: {
                                [key: string]: unknown;
                            };
                            /** @description 条目及其他字段的 JSON Schema / JSON Schema of an entry and of the other fields */
                            schema: {
                                entry: unknown;
                                extra: unknown;
                            } | null;
                            versions: {
                                version: number;
                                /** @description profile：来自区配置 / from the profile；edit：本区修改 / edited in the district */
                                origin: "profile" | "edit";
                                authorId: number | null;
                                authorName: string | null;
                                note: string | null;
                                createdAt: string;
                                entryCount: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalogs/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 目录的某一版本 / One version of a catalog */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            version: number;
                            /** @description profile：来自区配置 / from the profile；edit：本区修改 / edited in the district */
                            origin: "profile" | "edit";
                            draft: boolean;
                            source: string | null;
                            entries: unknown[];
                            extra: {
                                [key: string]: unknown;
                            };
                            createdAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalogs/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 保存新版本（按目录结构校验） / Save a new version, checked against the catalog's schema */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 所修改的版本；目录已有更新版本时拒绝 / the version edited; refused when the catalog has moved on */
                        baseVersion: number;
                        draft: boolean;
                        entries: unknown[];
                        extra: {
                            [key: string]: unknown;
                        };
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selfgov/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 议题列表 / Topics in scope */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    unitId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                unitId: number;
                                title: string;
                                body: string | null;
                                createdAt: string;
                                updatedAt: string;
                            }[];
                            total: number;
                            totalCapped?: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 登记议题 / Record a topic */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 所属单位（居委会、小区等）/ the unit it belongs to */
                        unitId: number;
                    } & {
                        title: string;
                        body?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            unitId: number;
                            title: string;
                            body: string | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selfgov/topics/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 议题详情 / A topic */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            unitId: number;
                            title: string;
                            body: string | null;
                            createdAt: string;
                            updatedAt: string;
                        } & {
                            can: {
                                manage: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 修改议题 / Change a topic */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        body?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            unitId: number;
                            title: string;
                            body: string | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selfgov/units/{id}/meeting-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单位可召开的会议类型 / Meeting types a unit can hold */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            types: {
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                kind: "meeting" | "process" | "agency";
                                level: "committee" | "street";
                                description?: {
                                    zh: string;
                                    en: string;
                                };
                                system?: string;
                                steps: ("raise" | "collect" | "consult" | "coordinate" | "decide" | "evaluate" | "publish" | "actAsAgent")[];
                                invitees: string[];
                                quorum: {
                                    of: string;
                                    share: number;
                                } | null;
                                decision: (never | null) | "consensus" | "majority" | "rating" | "recordOpinions";
                                composition?: {
                                    [key: string]: string[];
                                };
                                compositionNote?: string;
                                stages?: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                    by: string[];
                                }[];
                                publications?: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                                adoptsConventions?: boolean;
                                fromSeed: boolean;
                                draft?: boolean;
                                draftNote?: string;
                                note?: string;
                            }[];
                            roles: {
                                [key: string]: {
                                    zh: string;
                                    en: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selfgov/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 会议列表 / Meetings in scope */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    unitId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                unitId: number;
                                typeCode: string;
                                typeName: {
                                    zh: string;
                                    en: string;
                                };
                                title: string;
                                startsAt: string;
                                mode: "in_person" | "online" | "both";
                                place: string | null;
                                onlineUrl: string | null;
                                status: "planned" | "published";
                                minutesStatus: "none" | "draft" | "approved";
                                publishedAt: string | null;
                            }[];
                            total: number;
                            totalCapped?: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 召开会议 / Call a meeting */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 召开会议的居委会或街道 / the committee or street holding the meeting */
                        unitId: number;
                        typeCode: string;
                        title: string;
                        /** Format: date-time */
                        startsAt: string;
                        mode: "in_person" | "online" | "both";
                        place?: string | null;
                        onlineUrl?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            unitId: number;
                            typeCode: string;
                            typeName: {
                                zh: string;
                                en: string;
                            };
                            title: string;
                            startsAt: string;
                            mode: "in_person" | "online" | "both";
                            place: string | null;
                            onlineUrl: string | null;
                            status: "planned" | "published";
                            minutesStatus: "none" | "draft" | "approved";
                            publishedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selfgov/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 会议详情 / A meeting */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            unitId: number;
                            typeCode: string;
                            typeName: {
                                zh: string;
                                en: string;
                            };
                            title: string;
                            startsAt: string;
                            mode: "in_person" | "online" | "both";
                            place: string | null;
                            onlineUrl: string | null;
                            status: "planned" | "published";
                            minutesStatus: "none" | "draft" | "approved";
                            publishedAt: string | null;
                        } & {
                            minutes: string | null;
                            type: {
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                kind: "meeting" | "process" | "agency";
                                level: "committee" | "street";
                                description?: {
                                    zh: string;
                                    en: string;
                                };
                                system?: string;
                                steps: ("raise" | "collect" | "consult" | "coordinate" | "decide" | "evaluate" | "publish" | "actAsAgent")[];
                                invitees: string[];
                                quorum: {
                                    of: string;
                                    share: number;
                                } | null;
                                decision: (never | null) | "consensus" | "majority" | "rating" | "recordOpinions";
                                composition?: {
                                    [key: string]: string[];
                                };
                                compositionNote?: string;
                                stages?: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                    by: string[];
                                }[];
                                publications?: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                                adoptsConventions?: boolean;
                                fromSeed: boolean;
                                draft?: boolean;
                                draftNote?: string;
                                note?: string;
                            };
                            agenda: {
                                id: number;
                                topicId: number;
                                topicTitle: string;
                                position: number;
                                presenter: string | null;
                                startsAt: string | null;
                                minutes: number | null;
                            }[];
                            invitees: {
                                id: number;
                                roleKey: string;
                                name: string | null;
                                isGroup: boolean;
                                signInCode: string | null;
                                signedInAt: string | null;
                                signedInHow: string | null;
                            }[];
                            quorum: {
                                required: boolean;
                                of: string | null;
                                invited: number;
                                present: number;
                                needed: number;
                                met: boolean;
                                groupsUnfilled: number;
                            };
                            steps: {
                                id: number;
                                topicId: number;
                                step: string;
                                note: string | null;
                                performedAt: string;
                            }[];
                            opinions: {
                                id: number;
                                topicId: number | null;
                                body: string;
                                raisedBy: string | null;
                                resolved: boolean;
                                resolution: string | null;
                            }[];
                            decisions: {
                                id: number;
                                topicId: number | null;
                                body: string;
                                outcome: "adopted" | "rejected" | "deferred";
                                votesFor: number | null;
                                votesAgainst: number | null;
                                votesAbstain: number | null;
                            }[];
                            followUps: {
                                id: number;
                                decisionId: number | null;
                                title: string;
                                ownerName: string;
                                dueOn: string;
                                done: boolean;
                            }[];
                            can: {
                                meet: boolean;
                                approveMinutes: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selfgov/meetings/{id}/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 删除会议（未形成决议的） / Delete a meeting that took no decision */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selfgov/meetings/{id}/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 议程加入议题 / Put a topic on the agenda */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        topicId: number;
                        presenter?: string | null;
                        /** @description 时段开始 HH:MM / slot start */
                        startsAt?: string | null;
                        minutes?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            unitId: number;
                            typeCode: string;
                            typeName: {
                                zh: string;
                                en: string;
                            };
                            title: string;
                            startsAt: string;
                            mode: "in_person" | "online" | "both";
                            place: string | null;
                            onlineUrl: string | null;
                            status: "planned" | "published";
                            minutesStatus: "none" | "draft" | "approved";
                            publishedAt: string | null;
                        } & {
                            minutes: string | null;
                            type: {
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                kind: "meeting" | "process" | "agency";
                                level: "committee" | "street";
                                description?: {
                                    zh: string;
                                    en: string;
                                };
                                system?: string;
                                steps: ("raise" | "collect" | "consult" | "coordinate" | "decide" | "evaluate" | "publish" | "actAsAgent")[];
                                invitees: string[];
                                quorum: {
                                    of: string;
                                    share: number;
                                } | null;
                                decision: (never | null) | "consensus" | "majority" | "rating" | "recordOpinions";
                                composition?: {
                                    [key: string]: string[];
                                };
                                compositionNote?: string;
                                stages?: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                    by: string[];
                                }[];
                                publications?: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                                adoptsConventions?: boolean;
                                fromSeed: boolean;
                                draft?: boolean;
                                draftNote?: string;
                                note?: string;
                            };
                            agenda: {
                                id: number;
                                topicId: number;
                                topicTitle: string;
                                position: number;
                                presenter: string | null;
                                startsAt: string | null;
                                minutes: number | null;
                            }[];
                            invitees: {
                                id: number;
                                roleKey: string;
                                name: string | null;
                                isGroup: boolean;
                                signInCode: string | null;
                                signedInAt: string | null;
                                signedInHow: string | null;
                            }[];
                            quorum: {
                                required: boolean;
                                of: string | null;
                                invited: number;
                                present: number;
                                needed: number;
                                met: boolean;
                                groupsUnfilled: number;
                            };
                            steps: {
                                id: number;
                                topicId: number;
                                step: string;
                                note: string | null;
                                performedAt: string;
                            }[];
                            opinions: {
                                id: number;
                                topicId: number | null;
                                body: string;
                                raisedBy: string | null;
                                resolved: boolean;
                                resolution: string | null;
                            }[];
                            decisions: {
                                id: number;
                                topicId: number | null;
                                body: string;
                                outcome: "adopted" | "rejected" | "deferred";
                                votesFor: number | null;
                                votesAgainst: number | null;
                                votesAbstain: number | null;
                            }[];
                            followUps: {
                                id: number;
                                decisionId: number | null;
                                title: string;
                                ownerName: string;
                                dueOn: string;
                                done: boolean;
                            }[];
                            can: {
                                meet: boolean;
                                approveMinutes: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selfgov/meetings/{id}/invitees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 按姓名邀请参会人 / Invite a person by name */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        roleKey: string;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            unitId: number;
                            typeCode: string;
                            typeName: {
                                zh: string;
                                en: string;
                            };
                            title: string;
                            startsAt: string;
                            mode: "in_person" | "online" | "both";
                            place: string | null;
                            onlineUrl: string | null;
                            status: "planned" | "published";
                            minutesStatus: "none" | "draft" | "approved";
                            publishedAt: string | null;
                        } & {
                            minutes: string | null;
                            type: {
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                kind: "meeting" | "process" | "agency";
                                level: "committee" | "street";
                                description?: {
                                    zh: string;
                                    en: string;
                                };
                                system?: string;
                                steps: ("raise" | "collect" | "consult" | "coordinate" | "decide" | "evaluate" | "publish" | "actAsAgent")[];
                                invitees: string[];
                                quorum: {
                                    of: string;
                                    share: number;
                                } | null;
                                decision: (never | null) | "consensus" | "majority" | "rating" | "recordOpinions";
                                composition?: {
                                    [key: string]: string[];
                                };
                                compositionNote?: string;
                                stages?: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                    by: string[];
                                }[];
                                publications?: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                                adoptsConventions?: boolean;
                                fromSeed: boolean;
                                draft?: boolean;
                                draftNote?: string;
                                note?: string;
                            };
                            agenda: {
                                id: number;
                                topicId: number;
                                topicTitle: string;
                                position: number;
                                presenter: string | null;
                                startsAt: string | null;
                                minutes: number | null;
                            }[];
                            invitees: {
                                id: number;
                                roleKey: string;
                                name: string | null;
                                isGroup: boolean;
                                signInCode: string | null;
                                signedInAt: string | null;
                                signedInHow: string | null;
                            }[];
                            quorum: {
                                required: boolean;
                                of: string | null;
                                invited: number;
                                present: number;
                                needed: number;
                                met: boolean;
                                groupsUnfilled: number;
                            };
                            steps: {
                                id: number;
                                topicId: number;
                                step: string;
                                note: string | null;
                                performedAt: string;
                            }[];
                            opinions: {
                                id: number;
                                topicId: number | null;
                                body: string;
                                raisedBy: string | null;
                                resolved: boolean;
                                resolution: string | null;
                            }[];
                            decisions: {
                                id: number;
                                topicId: number | null;
                                body: string;
                                outcome: "adopted" | "rejected" | "deferred";
                                votesFor: number | null;
                                votesAgainst: number | null;
                                votesAbstain: number | null;
                            }[];
                            followUps: {
                                id: number;
                                decisionId: number | null;
                                title: string;
                                ownerName: string;
                                dueOn: string;
                                done: boolean;
                            }[];
                            can: {
                                meet: boolean;
                                approveMinutes: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selfgov/meetings/{id}/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 核验签到码 / Validate a sign-in code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            unitId: number;
                            typeCode: string;
                            typeName: {
                                zh: string;
                                en: string;
                            };
                            title: string;
                            startsAt: string;
                            mode: "in_person" | "online" | "both";
                            place: string | null;
                            onlineUrl: string | null;
                            status: "planned" | "published";
                            minutesStatus: "none" | "draft" | "approved";
                            publishedAt: string | null;
                        } & {
                            minutes: string | null;
                            type: {
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                kind: "meeting" | "process" | "agency";
                                level: "committee" | "street";
                                description?: {
                                    zh: string;
                                    en: string;
                                };
                                system?: string;
                                steps: ("raise" | "collect" | "consult" | "coordinate" | "decide" | "evaluate" | "publish" | "actAsAgent")[];
                                invitees: string[];
                                quorum: {
                                    of: string;
                                    share: number;
                                } | null;
                                decision: (never | null) | "consensus" | "majority" | "rating" | "recordOpinions";
                                composition?: {
                                    [key: string]: string[];
                                };
                                compositionNote?: string;
                                stages?: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                    by: string[];
                                }[];
                                publications?: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                                adoptsConventions?: boolean;
                                fromSeed: boolean;
                                draft?: boolean;
                                draftNote?: string;
                                note?: string;
                            };
                            agenda: {
                                id: number;
                                topicId: number;
                                topicTitle: string;
                                position: number;
                                presenter: string | null;
                                startsAt: string | null;
                                minutes: number | null;
                            }[];
                            invitees: {
                                id: number;
                                roleKey: string;
                                name: string | null;
                                isGroup: boolean;
                                signInCode: string | null;
                                signedInAt: string | null;
                                signedInHow: string | null;
                            }[];
                            quorum: {
                                required: boolean;
                                of: string | null;
                                invited: number;
                                present: number;
                                needed: number;
                                met: boolean;
                                groupsUnfilled: number;
                            };
                            steps: {
                                id: number;
                                topicId: number;
                                step: string;
                                note: string | null;
                                performedAt: string;
                            }[];
                            opinions: {
                                id: number;
                                topicId: number | null;
                                body: string;
                                raisedBy: string | null;
                                resolved: boolean;
                                resolution: string | null;
                            }[];
                            decisions: {
                                id: number;
                                topicId: number | null;
                                body: string;
                                outcome: "adopted" | "rejected" | "deferred";
                                votesFor: number | null;
                                votesAgainst: number | null;
                                votesAbstain: number | null;
                            }[];
                            followUps: {
                                id: number;
                                decisionId: number | null;
                                title: string;
                                ownerName: string;
                                dueOn: string;
                                done: boolean;
                            }[];
                            can: {
                                meet: boolean;
                                approveMinutes: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selfgov/meetings/{id}/invitees/{inviteeId}/present": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 工作人员代为签到 / Mark an invitee present */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    inviteeId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            unitId: number;
                            typeCode: string;
                            typeName: {
                                zh: string;
                                en: string;
                            };
                            title: string;
                            startsAt: string;
                            mode: "in_person" | "online" | "both";
                            place: string | null;
                            onlineUrl: string | null;
                            status: "planned" | "published";
                            minutesStatus: "none" | "draft" | "approved";
                            publishedAt: string | null;
                        } & {
                            minutes: string | null;
                            type: {
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                kind: "meeting" | "process" | "agency";
                                level: "committee" | "street";
                                description?: {
                                    zh: string;
                                    en: string;
                                };
                                system?: string;
                                steps: ("raise" | "collect" | "consult" | "coordinate" | "decide" | "evaluate" | "publish" | "actAsAgent")[];
                                invitees: string[];
                                quorum: {
                                    of: string;
                                    share: number;
                                } | null;
                                decision: (never | null) | "consensus" | "majority" | "rating" | "recordOpinions";
                                composition?: {
                                    [key: string]: string[];
                                };
                                compositionNote?: string;
                                stages?: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                    by: string[];
                                }[];
                                publications?: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                                adoptsConventions?: boolean;
                                fromSeed: boolean;
                                draft?: boolean;
                                draftNote?: string;
                                note?: string;
                            };
                            agenda: {
                                id: number;
                                topicId: number;
                                topicTitle: string;
                                position: number;
                                presenter: string | null;
                                startsAt: string | null;
                                minutes: number | null;
                            }[];
                            invitees: {
                                id: number;
                                roleKey: string;
                                name: string | null;
                                isGroup: boolean;
                                signInCode: string | null;
                                signedInAt: string | null;
                                signedInHow: string | null;
                            }[];
                            quorum: {
                                required: boolean;
                                of: string | null;
                                invited: number;
                                present: number;
                                needed: number;
                                met: boolean;
                                groupsUnfilled: number;
                            };
                            steps: {
                                id: number;
                                topicId: number;
                                step: string;
                                note: string | null;
                                performedAt: string;
                            }[];
                            opinions: {
                                id: number;
                                topicId: number | null;
                                body: string;
                                raisedBy: string | null;
                                resolved: boolean;
                                resolution: string | null;
                            }[];
                            decisions: {
                                id: number;
                                topicId: number | null;
                                body: string;
                                outcome: "adopted" | "rejected" | "deferred";
                                votesFor: number | null;
                                votesAgainst: number | null;
                                votesAbstain: number | null;
                            }[];
                            followUps: {
                                id: number;
                                decisionId: number | null;
                                title: string;
                                ownerName: string;
                                dueOn: string;
                                done: boolean;
                            }[];
                            can: {
                                meet: boolean;
                                approveMinutes: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selfgov/meetings/{id}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 对议程议题执行步骤 / Perform a step on an agenda topic */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        topicId: number;
                        step: "raise" | "collect" | "consult" | "coordinate" | "decide" | "evaluate" | "publish" | "actAsAgent";
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            unitId: number;
                            typeCode: string;
                            typeName: {
                                zh: string;
                                en: string;
                            };
                            title: string;
                            startsAt: string;
                            mode: "in_person" | "online" | "both";
                            place: string | null;
                            onlineUrl: string | null;
                            status: "planned" | "published";
                            minutesStatus: "none" | "draft" | "approved";
                            publishedAt: string | null;
                        } & {
                            minutes: string | null;
                            type: {
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                kind: "meeting" | "process" | "agency";
                                level: "committee" | "street";
                                description?: {
                                    zh: string;
                                    en: string;
                                };
                                system?: string;
                                steps: ("raise" | "collect" | "consult" | "coordinate" | "decide" | "evaluate" | "publish" | "actAsAgent")[];
                                invitees: string[];
                                quorum: {
                                    of: string;
                                    share: number;
                                } | null;
                                decision: (never | null) | "consensus" | "majority" | "rating" | "recordOpinions";
                                composition?: {
                                    [key: string]: string[];
                                };
                                compositionNote?: string;
                                stages?: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                    by: string[];
                                }[];
                                publications?: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                                adoptsConventions?: boolean;
                                fromSeed: boolean;
                                draft?: boolean;
                                draftNote?: string;
                                note?: string;
                            };
                            agenda: {
                                id: number;
                                topicId: number;
                                topicTitle: string;
                                position: number;
                                presenter: string | null;
                                startsAt: string | null;
                                minutes: number | null;
                            }[];
                            invitees: {
                                id: number;
                                roleKey: string;
                                name: string | null;
                                isGroup: boolean;
                                signInCode: string | null;
                                signedInAt: string | null;
                                signedInHow: string | null;
                            }[];
                            quorum: {
                                required: boolean;
                                of: string | null;
                                invited: number;
                                present: number;
                                needed: number;
                                met: boolean;
                                groupsUnfilled: number;
                            };
                            steps: {
                                id: number;
                                topicId: number;
                                step: string;
                                note: string | null;
                                performedAt: string;
                            }[];
                            opinions: {
                                id: number;
                                topicId: number | null;
                                body: string;
                                raisedBy: string | null;
                                resolved: boolean;
                                resolution: string | null;
                            }[];
                            decisions: {
                                id: number;
                                topicId: number | null;
                                body: string;
                                outcome: "adopted" | "rejected" | "deferred";
                                votesFor: number | null;
                                votesAgainst: number | null;
                                votesAbstain: number | null;
                            }[];
                            followUps: {
                                id: number;
                                decisionId: number | null;
                                title: string;
                                ownerName: string;
                                dueOn: string;
                                done: boolean;
                            }[];
                            can: {
                                meet: boolean;
                                approveMinutes: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selfgov/meetings/{id}/opinions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录意见 / Record an opinion */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        topicId?: number | null;
                        body: string;
                        raisedBy?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            unitId: number;
                            typeCode: string;
                            typeName: {
                                zh: string;
                                en: string;
                            };
                            title: string;
                            startsAt: string;
                            mode: "in_person" | "online" | "both";
                            place: string | null;
                            onlineUrl: string | null;
                            status: "planned" | "published";
                            minutesStatus: "none" | "draft" | "approved";
                            publishedAt: string | null;
                        } & {
                            minutes: string | null;
                            type: {
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                kind: "meeting" | "process" | "agency";
                                level: "committee" | "street";
                                description?: {
                                    zh: string;
                                    en: string;
                                };
                                system?: string;
                                steps: ("raise" | "collect" | "consult" | "coordinate" | "decide" | "evaluate" | "publish" | "actAsAgent")[];
                                invitees: string[];
                                quorum: {
                                    of: string;
                                    share: number;
                                } | null;
                                decision: (never | null) | "consensus" | "majority" | "rating" | "recordOpinions";
                                composition?: {
                                    [key: string]: string[];
                                };
                                compositionNote?: string;
                                stages?: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                    by: string[];
                                }[];
                                publications?: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                                adoptsConventions?: boolean;
                                fromSeed: boolean;
                                draft?: boolean;
                                draftNote?: string;
                                note?: string;
                            };
                            agenda: {
                                id: number;
                                topicId: number;
                                topicTitle: string;
                                position: number;
                                presenter: string | null;
                                startsAt: string | null;
                                minutes: number | null;
                            }[];
                            invitees: {
                                id: number;
                                roleKey: string;
                                name: string | null;
                                isGroup: boolean;
                                signInCode: string | null;
                                signedInAt: string | null;
                                signedInHow: string | null;
                            }[];
                            quorum: {
                                required: boolean;
                                of: string | null;
                                invited: number;
                                present: number;
                                needed: number;
                                met: boolean;
                                groupsUnfilled: number;
                            };
                            steps: {
                                id: number;
                                topicId: number;
                                step: string;
                                note: string | null;
                                performedAt: string;
                            }[];
                            opinions: {
                                id: number;
                                topicId: number | null;
                                body: string;
                                raisedBy: string | null;
                                resolved: boolean;
                                resolution: string | null;
                            }[];
                            decisions: {
                                id: number;
                                topicId: number | null;
                                body: string;
                                outcome: "adopted" | "rejected" | "deferred";
                                votesFor: number | null;
                                votesAgainst: number | null;
                                votesAbstain: number | null;
                            }[];
                            followUps: {
                                id: number;
                                decisionId: number | null;
                                title: string;
                                ownerName: string;
                                dueOn: string;
                                done: boolean;
                            }[];
                            can: {
                                meet: boolean;
                                approveMinutes: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selfgov/meetings/{id}/opinions/{opinionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 意见办理结果 / Whether an opinion is resolved */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    opinionId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        resolved: boolean;
                        resolution?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            unitId: number;
                            typeCode: string;
                            typeName: {
                                zh: string;
                                en: string;
                            };
                            title: string;
                            startsAt: string;
                            mode: "in_person" | "online" | "both";
                            place: string | null;
                            onlineUrl: string | null;
                            status: "planned" | "published";
                            minutesStatus: "none" | "draft" | "approved";
                            publishedAt: string | null;
                        } & {
                            minutes: string | null;
                            type: {
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                kind: "meeting" | "process" | "agency";
                                level: "committee" | "street";
                                description?: {
                                    zh: string;
                                    en: string;
                                };
                                system?: string;
                                steps: ("raise" | "collect" | "consult" | "coordinate" | "decide" | "evaluate" | "publish" | "actAsAgent")[];
                                invitees: string[];
                                quorum: {
                                    of: string;
                                    share: number;
                                } | null;
                                decision: (never | null) | "consensus" | "majority" | "rating" | "recordOpinions";
                                composition?: {
                                    [key: string]: string[];
                                };
                                compositionNote?: string;
                                stages?: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                    by: string[];
                                }[];
                                publications?: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                                adoptsConventions?: boolean;
                                fromSeed: boolean;
                                draft?: boolean;
                                draftNote?: string;
                                note?: string;
                            };
                            agenda: {
                                id: number;
                                topicId: number;
                                topicTitle: string;
                                position: number;
                                presenter: string | null;
                                startsAt: string | null;
                                minutes: number | null;
                            }[];
                            invitees: {
                                id: number;
                                roleKey: string;
                                name: string | null;
                                isGroup: boolean;
                                signInCode: string | null;
                                signedInAt: string | null;
                                signedInHow: string | null;
                            }[];
                            quorum: {
                                required: boolean;
                                of: string | null;
                                invited: number;
                                present: number;
                                needed: number;
                                met: boolean;
                                groupsUnfilled: number;
                            };
                            steps: {
                                id: number;
                                topicId: number;
                                step: string;
                                note: string | null;
                                performedAt: string;
                            }[];
                            opinions: {
                                id: number;
                                topicId: number | null;
                                body: string;
                                raisedBy: string | null;
                                resolved: boolean;
                                resolution: string | null;
                            }[];
                            decisions: {
                                id: number;
                                topicId: number | null;
                                body: string;
                                outcome: "adopted" | "rejected" | "deferred";
                                votesFor: number | null;
                                votesAgainst: number | null;
                                votesAbstain: number | null;
                            }[];
                            followUps: {
                                id: number;
                                decisionId: number | null;
                                title: string;
                                ownerName: string;
                                dueOn: string;
                                done: boolean;
                            }[];
                            can: {
                                meet: boolean;
                                approveMinutes: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selfgov/meetings/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录决议 / Record a decision */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        topicId?: number | null;
                        body: string;
                        outcome: "adopted" | "rejected" | "deferred";
                        votesFor?: number | null;
                        votesAgainst?: number | null;
                        votesAbstain?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            unitId: number;
                            typeCode: string;
                            typeName: {
                                zh: string;
                                en: string;
                            };
                            title: string;
                            startsAt: string;
                            mode: "in_person" | "online" | "both";
                            place: string | null;
                            onlineUrl: string | null;
                            status: "planned" | "published";
                            minutesStatus: "none" | "draft" | "approved";
                            publishedAt: string | null;
                        } & {
                            minutes: string | null;
                            type: {
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                kind: "meeting" | "process" | "agency";
                                level: "committee" | "street";
                                description?: {
                                    zh: string;
                                    en: string;
                                };
                                system?: string;
                                steps: ("raise" | "collect" | "consult" | "coordinate" | "decide" | "evaluate" | "publish" | "actAsAgent")[];
                                invitees: string[];
                                quorum: {
                                    of: string;
                                    share: number;
                                } | null;
                                decision: (never | null) | "consensus" | "majority" | "rating" | "recordOpinions";
                                composition?: {
                                    [key: string]: string[];
                                };
                                compositionNote?: string;
                                stages?: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                    by: string[];
                                }[];
                                publications?: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                                adoptsConventions?: boolean;
                                fromSeed: boolean;
                                draft?: boolean;
                                draftNote?: string;
                                note?: string;
                            };
                            agenda: {
                                id: number;
                                topicId: number;
                                topicTitle: string;
                                position: number;
                                presenter: string | null;
                                startsAt: string | null;
                                minutes: number | null;
                            }[];
                            invitees: {
                                id: number;
                                roleKey: string;
                                name: string | null;
                                isGroup: boolean;
                                signInCode: string | null;
                                signedInAt: string | null;
                                signedInHow: string | null;
                            }[];
                            quorum: {
                                required: boolean;
                                of: string | null;
                                invited: number;
                                present: number;
                                needed: number;
                                met: boolean;
                                groupsUnfilled: number;
                            };
                            steps: {
                                id: number;
                                topicId: number;
                                step: string;
                                note: string | null;
                                performedAt: string;
                            }[];
                            opinions: {
                                id: number;
                                topicId: number | null;
                                body: string;
                                raisedBy: string | null;
                                resolved: boolean;
                                resolution: string | null;
                            }[];
                            decisions: {
                                id: number;
                                topicId: number | null;
                                body: string;
                                outcome: "adopted" | "rejected" | "deferred";
                                votesFor: number | null;
                                votesAgainst: number | null;
                                votesAbstain: number | null;
                            }[];
                            followUps: {
                                id: number;
                                decisionId: number | null;
                                title: string;
                                ownerName: string;
                                dueOn: string;
                                done: boolean;
                            }[];
                            can: {
                                meet: boolean;
                                approveMinutes: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selfgov/meetings/{id}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 添加跟进任务 / Add a follow-up task */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        decisionId?: number | null;
                        title: string;
                        ownerName: string;
                        /** Format: date */
                        dueOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            unitId: number;
                            typeCode: string;
                            typeName: {
                                zh: string;
                                en: string;
                            };
                            title: string;
                            startsAt: string;
                            mode: "in_person" | "online" | "both";
                            place: string | null;
                            onlineUrl: string | null;
                            status: "planned" | "published";
                            minutesStatus: "none" | "draft" | "approved";
                            publishedAt: string | null;
                        } & {
                            minutes: string | null;
                            type: {
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                kind: "meeting" | "process" | "agency";
                                level: "committee" | "street";
                                description?: {
                                    zh: string;
                                    en: string;
                                };
                                system?: string;
                                steps: ("raise" | "collect" | "consult" | "coordinate" | "decide" | "evaluate" | "publish" | "actAsAgent")[];
                                invitees: string[];
                                quorum: {
                                    of: string;
                                    share: number;
                                } | null;
                                decision: (never | null) | "consensus" | "majority" | "rating" | "recordOpinions";
                                composition?: {
                                    [key: string]: string[];
                                };
                                compositionNote?: string;
                                stages?: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                    by: string[];
                                }[];
                                publications?: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                                adoptsConventions?: boolean;
                                fromSeed: boolean;
                                draft?: boolean;
                                draftNote?: string;
                                note?: string;
                            };
                            agenda: {
                                id: number;
                                topicId: number;
                                topicTitle: string;
                                position: number;
                                presenter: string | null;
                                startsAt: string | null;
                                minutes: number | null;
                            }[];
                            invitees: {
                                id: number;
                                roleKey: string;
                                name: string | null;
                                isGroup: boolean;
                                signInCode: string | null;
                                signedInAt: string | null;
                                signedInHow: string | null;
                            }[];
                            quorum: {
                                required: boolean;
                                of: string | null;
                                invited: number;
                                present: number;
                                needed: number;
                                met: boolean;
                                groupsUnfilled: number;
                            };
                            steps: {
                                id: number;
                                topicId: number;
                                step: string;
                                note: string | null;
                                performedAt: string;
                            }[];
                            opinions: {
                                id: number;
                                topicId: number | null;
                                body: string;
                                raisedBy: string | null;
                                resolved: boolean;
                                resolution: string | null;
                            }[];
                            decisions: {
                                id: number;
                                topicId: number | null;
                                body: string;
                                outcome: "adopted" | "rejected" | "deferred";
                                votesFor: number | null;
                                votesAgainst: number | null;
                                votesAbstain: number | null;
                            }[];
                            followUps: {
                                id: number;
                                decisionId: number | null;
                                title: string;
                                ownerName: string;
                                dueOn: string;
                                done: boolean;
                            }[];
                            can: {
                                meet: boolean;
                                approveMinutes: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selfgov/meetings/{id}/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 起草会议纪要 / Draft the minutes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            unitId: number;
                            typeCode: string;
                            typeName: {
                                zh: string;
                                en: string;
                            };
                            title: string;
                            startsAt: string;
                            mode: "in_person" | "online" | "both";
                            place: string | null;
                            onlineUrl: string | null;
                            status: "planned" | "published";
                            minutesStatus: "none" | "draft" | "approved";
                            publishedAt: string | null;
                        } & {
                            minutes: string | null;
                            type: {
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                kind: "meeting" | "process" | "agency";
                                level: "committee" | "street";
                                description?: {
                                    zh: string;
                                    en: string;
                                };
                                system?: string;
                                steps: ("raise" | "collect" | "consult" | "coordinate" | "decide" | "evaluate" | "publish" | "actAsAgent")[];
                                invitees: string[];
                                quorum: {
                                    of: string;
                                    share: number;
                                } | null;
                                decision: (never | null) | "consensus" | "majority" | "rating" | "recordOpinions";
                                composition?: {
                                    [key: string]: string[];
                                };
                                compositionNote?: string;
                                stages?: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                    by: string[];
                                }[];
                                publications?: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                                adoptsConventions?: boolean;
                                fromSeed: boolean;
                                draft?: boolean;
                                draftNote?: string;
                                note?: string;
                            };
                            agenda: {
                                id: number;
                                topicId: number;
                                topicTitle: string;
                                position: number;
                                presenter: string | null;
                                startsAt: string | null;
                                minutes: number | null;
                            }[];
                            invitees: {
                                id: number;
                                roleKey: string;
                                name: string | null;
                                isGroup: boolean;
                                signInCode: string | null;
                                signedInAt: string | null;
                                signedInHow: string | null;
                            }[];
                            quorum: {
                                required: boolean;
                                of: string | null;
                                invited: number;
                                present: number;
                                needed: number;
                                met: boolean;
                                groupsUnfilled: number;
                            };
                            steps: {
                                id: number;
                                topicId: number;
                                step: string;
                                note: string | null;
                                performedAt: string;
                            }[];
                            opinions: {
                                id: number;
                                topicId: number | null;
                                body: string;
                                raisedBy: string | null;
                                resolved: boolean;
                                resolution: string | null;
                            }[];
                            decisions: {
                                id: number;
                                topicId: number | null;
                                body: string;
                                outcome: "adopted" | "rejected" | "deferred";
                                votesFor: number | null;
                                votesAgainst: number | null;
                                votesAbstain: number | null;
                            }[];
                            followUps: {
                                id: number;
                                decisionId: number | null;
                                title: string;
                                ownerName: string;
                                dueOn: string;
                                done: boolean;
                            }[];
                            can: {
                                meet: boolean;
                                approveMinutes: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selfgov/meetings/{id}/minutes/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审定会议纪要 / Approve the minutes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            unitId: number;
                            typeCode: string;
                            typeName: {
                                zh: string;
                                en: string;
                            };
                            title: string;
                            startsAt: string;
                            mode: "in_person" | "online" | "both";
                            place: string | null;
                            onlineUrl: string | null;
                            status: "planned" | "published";
                            minutesStatus: "none" | "draft" | "approved";
                            publishedAt: string | null;
                        } & {
                            minutes: string | null;
                            type: {
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                kind: "meeting" | "process" | "agency";
                                level: "committee" | "street";
                                description?: {
                                    zh: string;
                                    en: string;
                                };
                                system?: string;
                                steps: ("raise" | "collect" | "consult" | "coordinate" | "decide" | "evaluate" | "publish" | "actAsAgent")[];
                                invitees: string[];
                                quorum: {
                                    of: string;
                                    share: number;
                                } | null;
                                decision: (never | null) | "consensus" | "majority" | "rating" | "recordOpinions";
                                composition?: {
                                    [key: string]: string[];
                                };
                                compositionNote?: string;
                                stages?: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                    by: string[];
                                }[];
                                publications?: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                                adoptsConventions?: boolean;
                                fromSeed: boolean;
                                draft?: boolean;
                                draftNote?: string;
                                note?: string;
                            };
                            agenda: {
                                id: number;
                                topicId: number;
                                topicTitle: string;
                                position: number;
                                presenter: string | null;
                                startsAt: string | null;
                                minutes: number | null;
                            }[];
                            invitees: {
                                id: number;
                                roleKey: string;
                                name: string | null;
                                isGroup: boolean;
                                signInCode: string | null;
                                signedInAt: string | null;
                                signedInHow: string | null;
                            }[];
                            quorum: {
                                required: boolean;
                                of: string | null;
                                invited: number;
                                present: number;
                                needed: number;
                                met: boolean;
                                groupsUnfilled: number;
                            };
                            steps: {
                                id: number;
                                topicId: number;
                                step: string;
                                note: string | null;
                                performedAt: string;
                            }[];
                            opinions: {
                                id: number;
                                topicId: number | null;
                                body: string;
                                raisedBy: string | null;
                                resolved: boolean;
                                resolution: string | null;
                            }[];
                            decisions: {
                                id: number;
                                topicId: number | null;
                                body: string;
                                outcome: "adopted" | "rejected" | "deferred";
                                votesFor: number | null;
                                votesAgainst: number | null;
                                votesAbstain: number | null;
                            }[];
                            followUps: {
                                id: number;
                                decisionId: number | null;
                                title: string;
                                ownerName: string;
                                dueOn: string;
                                done: boolean;
                            }[];
                            can: {
                                meet: boolean;
                                approveMinutes: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selfgov/meetings/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 公开会议结果 / Publish the meeting */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            unitId: number;
                            typeCode: string;
                            typeName: {
                                zh: string;
                                en: string;
                            };
                            title: string;
                            startsAt: string;
                            mode: "in_person" | "online" | "both";
                            place: string | null;
                            onlineUrl: string | null;
                            status: "planned" | "published";
                            minutesStatus: "none" | "draft" | "approved";
                            publishedAt: string | null;
                        } & {
                            minutes: string | null;
                            type: {
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                kind: "meeting" | "process" | "agency";
                                level: "committee" | "street";
                                description?: {
                                    zh: string;
                                    en: string;
                                };
                                system?: string;
                                steps: ("raise" | "collect" | "consult" | "coordinate" | "decide" | "evaluate" | "publish" | "actAsAgent")[];
                                invitees: string[];
                                quorum: {
                                    of: string;
                                    share: number;
                                } | null;
                                decision: (never | null) | "consensus" | "majority" | "rating" | "recordOpinions";
                                composition?: {
                                    [key: string]: string[];
                                };
                                compositionNote?: string;
                                stages?: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                    by: string[];
                                }[];
                                publications?: {
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                                adoptsConventions?: boolean;
                                fromSeed: boolean;
                                draft?: boolean;
                                draftNote?: string;
                                note?: string;
                            };
                            agenda: {
                                id: number;
                                topicId: number;
                                topicTitle: string;
                                position: number;
                                presenter: string | null;
                                startsAt: string | null;
                                minutes: number | null;
                            }[];
                            invitees: {
                                id: number;
                                roleKey: string;
                                name: string | null;
                                isGroup: boolean;
                                signInCode: string | null;
                                signedInAt: string | null;
                                signedInHow: string | null;
                            }[];
                            quorum: {
                                required: boolean;
                                of: string | null;
                                invited: number;
                                present: number;
                                needed: number;
                                met: boolean;
                                groupsUnfilled: number;
                            };
                            steps: {
                                id: number;
                                topicId: number;
                                step: string;
                                note: string | null;
                                performedAt: string;
                            }[];
                            opinions: {
                                id: number;
                                topicId: number | null;
                                body: string;
                                raisedBy: string | null;
                                resolved: boolean;
                                resolution: string | null;
                            }[];
                            decisions: {
                                id: number;
                                topicId: number | null;
                                body: string;
                                outcome: "adopted" | "rejected" | "deferred";
                                votesFor: number | null;
                                votesAgainst: number | null;
                                votesAbstain: number | null;
                            }[];
                            followUps: {
                                id: number;
                                decisionId: number | null;
                                title: string;
                                ownerName: string;
                                dueOn: string;
                                done: boolean;
                            }[];
                            can: {
                                meet: boolean;
                                approveMinutes: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selfgov/votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 投票列表 / Votes I can see */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                unitId: number;
                                question: string;
                                options: string[];
                                kind: "owners278" | "poll";
                                matter: (never | null) | ("major" | "ordinary");
                                quorum: {
                                    num: number;
                                    den: number;
                                } | null;
                                majority: (never | null) | ("simple" | "twoThirds");
                                eligibility: "owners" | "household";
                                secret: boolean;
                                opensAt: string;
                                closesAt: string;
                                status: "draft" | "open" | "closed" | "published";
                                electors: number | null;
                                publishedAt: string | null;
                                validatorName: string | null;
                            }[];
                            total: number;
                            totalCapped?: boolean;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 发起投票 / Draft a vote */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 投票单位（居委会、小区、楼栋）/ the committee, compound or building that votes */
                        unitId: number;
                        question: string;
                        /** @description 业主表决（民法典第二百七十八条）或普通投票 / owners’ vote or poll */
                        kind: "owners278" | "poll";
                        /** @description 普通投票的选项 / a poll’s options */
                        options?: string[];
                        /** @description 重大事项（四分之三）或一般事项（过半数）/ major or ordinary */
                        matter?: "major" | "ordinary";
                        /** @description 最低参与率 / the share that must take part */
                        quorum?: {
                            num: number;
                            den: number;
                        };
                        majority?: "simple" | "twoThirds";
                        /** @description 业主或每户一票 / owners, or one per household */
                        eligibility: "owners" | "household";
                        /** @description 无记名投票 / secret ballot */
                        secret: boolean;
                        /** Format: date-time */
                        opensAt: string;
                        /** Format: date-time */
                        closesAt: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            unitId: number;
                            question: string;
                            options: string[];
                            kind: "owners278" | "poll";
                            matter: (never | null) | ("major" | "ordinary");
                            quorum: {
                                num: number;
                                den: number;
                            } | null;
                            majority: (never | null) | ("simple" | "twoThirds");
                            eligibility: "owners" | "household";
                            secret: boolean;
                            opensAt: string;
                            closesAt: string;
                            status: "draft" | "open" | "closed" | "published";
                            electors: number | null;
                            publishedAt: string | null;
                            validatorName: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selfgov/votes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 投票详情 / A vote */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            unitId: number;
                            question: string;
                            options: string[];
                            kind: "owners278" | "poll";
                            matter: (never | null) | ("major" | "ordinary");
                            quorum: {
                                num: number;
                                den: number;
                            } | null;
                            majority: (never | null) | ("simple" | "twoThirds");
                            eligibility: "owners" | "household";
                            secret: boolean;
                            opensAt: string;
                            closesAt: string;
                            status: "draft" | "open" | "closed" | "published";
                            electors: number | null;
                            publishedAt: string | null;
                            validatorName: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selfgov/votes/{id}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 开始投票并冻结名册 / Open the vote and freeze its register */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            unitId: number;
                            question: string;
                            options: string[];
                            kind: "owners278" | "poll";
                            matter: (never | null) | ("major" | "ordinary");
                            quorum: {
                                num: number;
                                den: number;
                            } | null;
                            majority: (never | null) | ("simple" | "twoThirds");
                            eligibility: "owners" | "household";
                            secret: boolean;
                            opensAt: string;
                            closesAt: string;
                            status: "draft" | "open" | "closed" | "published";
                            electors: number | null;
                            publishedAt: string | null;
                            validatorName: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selfgov/votes/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结束投票 / Close the vote */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            unitId: number;
                            question: string;
                            options: string[];
                            kind: "owners278" | "poll";
                            matter: (never | null) | ("major" | "ordinary");
                            quorum: {
                                num: number;
                                den: number;
                            } | null;
                            majority: (never | null) | ("simple" | "twoThirds");
                            eligibility: "owners" | "household";
                            secret: boolean;
                            opensAt: string;
                            closesAt: string;
                            status: "draft" | "open" | "closed" | "published";
                            electors: number | null;
                            publishedAt: string | null;
                            validatorName: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selfgov/votes/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核并公布结果（本人为审核人） / Validate and publish the result, signed by the caller */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            unitId: number;
                            question: string;
                            options: string[];
                            kind: "owners278" | "poll";
                            matter: (never | null) | ("major" | "ordinary");
                            quorum: {
                                num: number;
                                den: number;
                            } | null;
                            majority: (never | null) | ("simple" | "twoThirds");
                            eligibility: "owners" | "household";
                            secret: boolean;
                            opensAt: string;
                            closesAt: string;
                            status: "draft" | "open" | "closed" | "published";
                            electors: number | null;
                            publishedAt: string | null;
                            validatorName: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selfgov/votes/{id}/ballots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 投票（每位投票人一次，重试返回同一回执） / Cast a ballot (once per voter; a retry gets the same receipt) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 所选选项的序号（从 0 起）/ the option chosen, from 0 */
                        choice: number;
                        /** @description 同一次投票的重试使用同一个键 / the same key for retries of one ballot */
                        idempotencyKey: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            receipt: string;
                            castAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selfgov/votes/{id}/my-ballot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我是否已投票（不含选择） / Whether I have voted (never my choice) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            onRegister: boolean;
                            voted: boolean;
                            receipt: string | null;
                            castAt: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selfgov/votes/{id}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 投票结果（结束后） / The result, once the vote has closed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            vote: {
                                id: number;
                                unitId: number;
                                question: string;
                                options: string[];
                                kind: "owners278" | "poll";
                                matter: (never | null) | ("major" | "ordinary");
                                quorum: {
                                    num: number;
                                    den: number;
                                } | null;
                                majority: (never | null) | ("simple" | "twoThirds");
                                eligibility: "owners" | "household";
                                secret: boolean;
                                opensAt: string;
                                closesAt: string;
                                status: "draft" | "open" | "closed" | "published";
                                electors: number | null;
                                publishedAt: string | null;
                                validatorName: string | null;
                            };
                            owners: {
                                matter: "major" | "ordinary";
                                totals: {
                                    areaCenti: number;
                                    owners: number;
                                    parts: number;
                                };
                                cast: {
                                    areaCenti: number;
                                    owners: number;
                                };
                                byChoice: {
                                    for: {
                                        areaCenti: number;
                                        owners: number;
                                    };
                                    against: {
                                        areaCenti: number;
                                        owners: number;
                                    };
                                    abstain: {
                                        areaCenti: number;
                                        owners: number;
                                    };
                                    invalid: {
                                        areaCenti: number;
                                        owners: number;
                                    };
                                };
                                thresholds: {
                                    key: "participationArea" | "participationOwners" | "approvalArea" | "approvalOwners";
                                    numerator: number;
                                    denominator: number;
                                    need: {
                                        num: number;
                                        den: number;
                                        rule: "atLeast" | "moreThan";
                                    };
                                    met: boolean;
                                }[];
                                passed: boolean;
                                rejected: {
                                    ownerKey: string;
                                    reason: "notOnRegister" | "duplicate";
                                }[];
                            } | null;
                            poll: {
                                electors: number;
                                cast: number;
                                byOption: {
                                    option: number;
                                    votes: number;
                                }[];
                                quorum: {
                                    numerator: number;
                                    denominator: number;
                                    need: {
                                        num: number;
                                        den: number;
                                        rule: "atLeast" | "moreThan";
                                    };
                                    met: boolean;
                                };
                                winner: number | null;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/selfgov/votes/{id}/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已计票回执码 / Receipt codes of the ballots counted */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            receipts: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
