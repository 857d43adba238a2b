ENTRIES = [
dict(stem="yangpu-policy-1", url="https://www.shyp.gov.cn/yp-zwgk/zwgk/buffersInformation/details?id=53ed0221-afb3-4885-a9bf-fe0d8159c645",
 title="关于印发《杨浦区新型基础设施建设2020年工作进展和2021年工作计划》的通知", publisher="上海市杨浦区人民政府", date="2021-06-09 (page); 2021年6月2日 (signature)",
 text="""关于印发《杨浦区新型基础设施建设2020年工作进展和2021年工作计划》的通知 2021-06-09

杨府〔2021〕13号

区政府各委、办、局,各街道办事处及各相关单位:

《杨浦区新型基础设施建设2020年工作进展和2021年工作计划》已经2021年4月8日区政府第131次常务会议通过,现印发给你们,请认真按照执行。

                     上海市杨浦区人民政府

                     2021年6月2日

杨浦区新型基础设施建设

2020年工作进展和2021年工作计划

2020年5月8日,上海市正式发布《上海市推进新型基础设施建设行动方案(2020—2022年)》,力争用三年时间推动上海新型基础设施规模和创新能级迈向国际一流水平。杨浦区积极响应,结合杨浦实际,形成了《杨浦区关于积极发力数字新基建、培育在线新经济 打造发展新高地的行动计划》(以下简称“《行动计划》”),扎实有序推进新型基础设施建设各项工作。

一、2020年工作进展

根据《上海市推进新型基础设施建设行动方案(2020-2022年)》年度任务分工,2020年涉及我区的8项具体任务均已完成,我区《行动计划》明确的新一代网络基础设施建设、创新基础设施建设、一体化融合基础设施建设、智能化终端基础设施建设4个重点推进领域和14项具体工作得到有效推动,具体推进情况如下:""",
 city="杨浦区",
 claims=[],
 lists={"policy_documents": ["杨浦区新型基础设施建设2020年工作进展和2021年工作计划", "杨浦区关于积极发力数字新基建、培育在线新经济 打造发展新高地的行动计划"]},
 note="Both the district's 新基建 行动计划 and the 区政府's own 工作进展和工作计划 (issued as 杨府〔2021〕13号) are counted as the applicant's special policy documents (judgment: the latter is a government-issued plan, not a report). The 上海市 行动方案 is the parent city's and is not listed. The stored copy's next paragraph (with the 2020 base-station count) is cut off mid-sentence, so the passage ends before it.",
),
]
