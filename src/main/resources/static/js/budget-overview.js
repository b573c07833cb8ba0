// Budget overview charts (ECharts), drawn from the page's JSON data block.
(function () {
    const source = document.getElementById('chart-data');
    const data = source ? JSON.parse(source.textContent) : {};
    if (typeof echarts === 'undefined') { return; }
    const units = echarts.init(document.getElementById('chart-units'));
    units.setOption({
        title: { text: '各单位预算执行', textStyle: { fontSize: 14 } },
        tooltip: { trigger: 'axis' }, legend: { top: 24, data: ['批复', '已预留', '已签约', '已支付'] },
        grid: { top: 60, left: 80, right: 20, bottom: 60 },
        xAxis: { type: 'category', data: data.units, axisLabel: { interval: 0, rotate: 20 } },
        yAxis: { type: 'value', name: '元' },
        series: [
            { name: '批复', type: 'bar', data: data.approved },
            { name: '已预留', type: 'bar', data: data.reserved },
            { name: '已签约', type: 'bar', data: data.contracted },
            { name: '已支付', type: 'bar', data: data.paid }
        ]
    });
    const categories = echarts.init(document.getElementById('chart-categories'));
    categories.setOption({
        title: { text: '按目录类别（批复金额）', textStyle: { fontSize: 14 } },
        tooltip: { trigger: 'item' },
        series: [{ type: 'pie', radius: ['35%', '65%'], top: 30, data: data.categories }]
    });
    window.addEventListener('resize', function () { units.resize(); categories.resize(); });
})();
